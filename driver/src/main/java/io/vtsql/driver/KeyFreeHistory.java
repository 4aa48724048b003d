package io.vtsql.driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import org.jline.reader.LineReader;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * The shell's command history: never records a line that mentions an API key, and keeps its file
 * private to its owner (see {@link ShellSecrets#secureHistoryFile}).
 */
final class KeyFreeHistory extends DefaultHistory {
  @Override
  public void attach(LineReader reader) {
    Object file = reader.getVariable(LineReader.HISTORY_FILE);
    if (file != null) {
      try {
        ShellSecrets.secureHistoryFile(Path.of(file.toString()));
      } catch (IOException e) {
        throw new UncheckedIOException(
            "vtsql: cannot make the history file " + file + " private: " + e.getMessage(), e);
      }
    }
    super.attach(reader);
  }

  @Override
  public void add(Instant time, String line) {
    if (!ShellSecrets.mentionsKey(line)) {
      super.add(time, line);
    }
  }
}
