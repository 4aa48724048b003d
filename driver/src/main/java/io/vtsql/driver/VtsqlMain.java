package io.vtsql.driver;

import io.vtsql.simulator.SimulatorMain;

import sqlline.SqlLine;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Entry point of {@code bin/vtsql}: sqlline on {@code jdbc:vt:} by default, or one of the
 * sub-commands {@code simulator} (the VirusTotal simulator alone).
 */
public final class VtsqlMain {
  private VtsqlMain() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length > 0 && args[0].equals("simulator")) {
      SimulatorMain.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    System.exit(runSqlline(args));
  }

  private static int runSqlline(String[] args) throws IOException {
    List<String> sqllineArgs = new ArrayList<>();
    if (!Arrays.asList(args).contains("-u")) {
      try {
        VtConnectionSettings settings =
            VtConnectionSettings.resolve(new Properties(), System.getenv());
        System.err.println("vtsql: talking to " + settings.target()
            + (settings.target().contains("simulator")
                ? " (set VT_API_KEY to query VirusTotal)" : ""));
      } catch (SQLException e) {
        System.err.println(e.getMessage());
        return 1;
      }
      sqllineArgs.addAll(List.of("-u", VtDriver.CONNECT_STRING_PREFIX, "-n", "", "-p", "",
          "-d", VtDriver.class.getName(), "--connectInteractionMode=notAskCredentials"));
    }
    sqllineArgs.addAll(Arrays.asList(args));
    SqlLine.Status status = SqlLine.start(sqllineArgs.toArray(new String[0]), null, true);
    return status == SqlLine.Status.OK ? 0 : 1;
  }
}
