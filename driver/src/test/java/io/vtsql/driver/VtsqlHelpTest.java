package io.vtsql.driver;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code bin/vtsql --help} lists vtsql's sub-commands and the shell's main options. */
class VtsqlHelpTest {
  @Test
  void listsSubCommandsAndShellOptions() {
    String help = VtsqlHelp.text();
    for (String expected :
        List.of(
            "serve",
            "graph",
            "simulator",
            "bench",
            "-e SQL",
            "-f FILE",
            "--outputformat=FORMAT",
            "-u JDBC-URL",
            "docs/clients.md")) {
      assertTrue(help.contains(expected), expected + " missing from:\n" + help);
    }
    assertTrue(!help.contains("--autoCommit"), "sqlline's own usage:\n" + help);
  }
}
