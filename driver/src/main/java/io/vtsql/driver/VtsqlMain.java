package io.vtsql.driver;

import io.vtsql.simulator.SimulatorMain;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine;
import sqlline.RfcCsvOutputFormat;
import sqlline.SqlLine;

/**
 * Entry point of {@code bin/vtsql}: sqlline on {@code jdbc:vt:} by default, or one of the
 * sub-commands {@code serve} (the Avatica server), {@code graph} (a pivot as a picture) and {@code
 * simulator} (the VirusTotal simulator alone); {@code --help} lists them.
 */
public final class VtsqlMain {
  private static final int NON_TERMINAL_WIDTH = 10_000;
  static final int EXIT_KEY_ON_COMMAND_LINE = 2;

  private VtsqlMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 1 && List.of("--help", "-h", "help").contains(args[0])) {
      System.out.print(VtsqlHelp.text());
      return;
    }
    if (args.length > 0 && args[0].equals("simulator")) {
      SimulatorMain.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    if (args.length > 0 && args[0].equals("serve")) {
      System.exit(
          new CommandLine(new ServeCommand()).execute(Arrays.copyOfRange(args, 1, args.length)));
    }
    if (args.length > 0 && args[0].equals("graph")) {
      System.exit(
          new CommandLine(new GraphCommand()).execute(Arrays.copyOfRange(args, 1, args.length)));
    }
    System.exit(runSqlline(args, System.getenv()));
  }

  /** Runs sqlline to completion and returns its exit status. */
  static int runSqlline(String[] args, Map<String, String> env) throws IOException {
    Optional<String> refusal = ShellSecrets.refusal(Arrays.asList(args));
    if (refusal.isPresent()) {
      System.err.println(refusal.get());
      return EXIT_KEY_ON_COMMAND_LINE;
    }
    ShellSecrets.secureFolder(vtsqlFolder());
    // On the second core while the simulator, sqlline and the connection start.
    ShellWarmUp.start();
    SqlLine.Status status =
        new VtSqlLine().begin(sqllineArguments(args, env).toArray(new String[0]), null, true);
    return status == SqlLine.Status.OK ? 0 : 1;
  }

  /**
   * The arguments sqlline gets: vtsql's defaults, then the connection (unless the user gave {@code
   * -u}), then the user's own arguments, which therefore win.
   */
  static List<String> sqllineArguments(String[] args, Map<String, String> env) {
    List<String> sqllineArgs =
        new ArrayList<>(
            List.of(
                "-ac",
                VtsqlApplication.class.getName(),
                "--historyFile=" + vtsqlFolder().resolve("history"),
                "--isolation=TRANSACTION_NONE",
                "--connectInteractionMode=notAskCredentials",
                "--showNestedErrs=false",
                // Completion of tables and columns reads JDBC metadata: free, from a static
                // catalogue.
                "--fastConnect=false",
                "--timestampFormat=yyyy-MM-dd HH:mm:ss",
                "--maxColumnWidth=64",
                // sqlline keeps its csv format only while this matches the format's quote
                // character.
                "--csvQuoteCharacter='" + RfcCsvOutputFormat.QUOTE + "'"));
    if (System.console() == null) {
      // Not a terminal (a pipe, a script, CI): jline would warn and report a width of 0,
      // which makes sqlline's tables empty.
      System.setProperty("org.jline.terminal.dumb", "true");
      sqllineArgs.add("--maxWidth=" + NON_TERMINAL_WIDTH);
    }
    if (!Arrays.asList(args).contains("-u")) {
      System.err.println(targetLine(env));
      sqllineArgs.addAll(
          List.of(
              "-u",
              VtDriver.CONNECT_STRING_PREFIX,
              "-n",
              "",
              "-p",
              "",
              "-d",
              VtDriver.class.getName()));
    }
    sqllineArgs.addAll(Arrays.asList(args));
    return sqllineArgs;
  }

  /** vtsql's private folder in the user's home (the shell history lives there). */
  private static Path vtsqlFolder() {
    return Path.of(System.getProperty("user.home"), ".vtsql");
  }

  /** The one line saying whether the shell talks to the simulator or to VirusTotal. */
  private static String targetLine(Map<String, String> env) {
    try {
      VtConnectionSettings settings = VtConnectionSettings.resolve(new Properties(), env);
      return "vtsql: talking to "
          + settings.target()
          + (settings.isSimulator() ? " (set VT_API_KEY to query VirusTotal)" : "");
    } catch (SQLException e) {
      return e.getMessage();
    }
  }
}
