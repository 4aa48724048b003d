package io.vtsql.driver;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jline.reader.Completer;
import sqlline.CommandHandler;
import sqlline.DispatchCallback;

/**
 * One of sqlline's built-in commands with vtsql's behaviour around {@link #execute}; names, help,
 * matching and completion stay the built-in command's own.
 */
abstract class WrappedCommandHandler implements CommandHandler {
  /** The sqlline command this one wraps. */
  protected final CommandHandler builtIn;

  WrappedCommandHandler(CommandHandler builtIn) {
    this.builtIn = requireNonNull(builtIn, "builtIn");
  }

  @Override
  public abstract void execute(String line, DispatchCallback callback);

  @Override
  public String getName() {
    return builtIn.getName();
  }

  @Override
  public List<String> getNames() {
    return builtIn.getNames();
  }

  @Override
  public String getHelpText() {
    return builtIn.getHelpText();
  }

  @Override
  public String matches(String line) {
    return builtIn.matches(line);
  }

  @Override
  public List<Completer> getParameterCompleters() {
    return builtIn.getParameterCompleters();
  }

  @Override
  public boolean echoToFile() {
    return builtIn.echoToFile();
  }
}
