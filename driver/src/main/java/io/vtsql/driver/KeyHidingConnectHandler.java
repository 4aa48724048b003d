package io.vtsql.driver;

import sqlline.CommandHandler;
import sqlline.DispatchCallback;

import org.jline.reader.Completer;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * sqlline's {@code !connect}, with a key in the URL moved into a connection property first, so
 * that the prompt, {@code !list} and {@code !reconnect} only ever see the URL without it.
 */
final class KeyHidingConnectHandler implements CommandHandler {
  private final CommandHandler builtIn;

  KeyHidingConnectHandler(CommandHandler builtIn) {
    this.builtIn = requireNonNull(builtIn, "builtIn");
  }

  @Override public String getName() {
    return builtIn.getName();
  }

  @Override public List<String> getNames() {
    return builtIn.getNames();
  }

  @Override public String getHelpText() {
    return builtIn.getHelpText();
  }

  @Override public String matches(String line) {
    return builtIn.matches(line);
  }

  @Override public void execute(String line, DispatchCallback callback) {
    builtIn.execute(ShellSecrets.keyOutOfUrl(line), callback);
  }

  @Override public List<Completer> getParameterCompleters() {
    return builtIn.getParameterCompleters();
  }

  @Override public boolean echoToFile() {
    return builtIn.echoToFile();
  }
}
