package io.vtsql.driver;

import sqlline.CommandHandler;
import sqlline.DispatchCallback;

/**
 * sqlline's {@code !connect}, with a key in the URL moved into a connection property first, so that
 * the prompt, {@code !list} and {@code !reconnect} only ever see the URL without it.
 */
final class KeyHidingConnectHandler extends WrappedCommandHandler {
  KeyHidingConnectHandler(CommandHandler builtIn) {
    super(builtIn);
  }

  @Override
  public void execute(String line, DispatchCallback callback) {
    builtIn.execute(ShellSecrets.keyOutOfUrl(line), callback);
  }
}
