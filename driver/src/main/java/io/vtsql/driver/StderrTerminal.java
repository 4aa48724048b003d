package io.vtsql.driver;

/**
 * Whether standard error is a terminal, where the shell draws its progress line. Java cannot ask of
 * stderr alone, so {@code bin/vtsql} tells it ({@code -Dvtsql.stderrTerminal=true|false}, from the
 * shell's {@code [ -t 2 ]}): {@code bin/vtsql -e ... > out.csv} still shows progress to the person
 * watching, and {@code 2> log} keeps the log clean. Without the property (plain {@code java -jar}),
 * only an interactive console counts.
 */
final class StderrTerminal {
  static final String PROPERTY = "vtsql.stderrTerminal";

  private StderrTerminal() {}

  /** Whether progress should be drawn on {@code System.err}. */
  static boolean detected() {
    String told = System.getProperty(PROPERTY);
    return told != null ? Boolean.parseBoolean(told) : System.console() != null;
  }
}
