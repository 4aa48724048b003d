package io.vtsql.driver;

import io.vtsql.simulator.SimulatorMain;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bin/vtsql --help}: the sub-commands and the shell's main options (sqlline's own list stays
 * behind {@code !help} and the docs).
 */
final class VtsqlHelp {
  private VtsqlHelp() {}

  /** The usage text. */
  static String text() {
    CommandSpec spec = CommandSpec.create().name("vtsql");
    spec.usageMessage()
        .synopsisHeading("")
        .customSynopsis(
            "Usage: vtsql [OPTIONS]                      the SQL shell (sqlline on jdbc:vt:)",
            "       vtsql serve|graph|simulator|bench [OPTIONS]   a sub-command",
            "")
        // sqlline parses the shell's options, so they are listed as text, in its syntax.
        .description(
            "SQL over the VirusTotal API v3: with VT_API_KEY set it queries VirusTotal,",
            "without it the embedded simulator.",
            "",
            "Shell options:",
            "  -e SQL                   run the statement (or !command), print, exit;",
            "                           repeatable",
            "  -f FILE                  run the statements of a file and exit",
            "  --outputformat=FORMAT    table (default), vertical, csv (RFC 4180), tsv,",
            "                           json (typed values, real arrays)",
            "  -u JDBC-URL              connect elsewhere, e.g. a vtsql server:",
            "                           jdbc:avatica:remote:url=http://127.0.0.1:8765",
            "  --verbose=true           full error reports with stack traces",
            "  --help                   this help",
            "")
        .footerHeading("%n")
        .footer(
            "Each sub-command has --help. The shell's own commands: !help inside it.",
            "Guide: docs/clients.md (shell, server, graph), docs/tables.md, docs/pushdown.md.");
    spec.addSubcommand("serve", new CommandLine(new ServeCommand()));
    spec.addSubcommand("graph", new CommandLine(new GraphCommand()));
    spec.addSubcommand("simulator", new CommandLine(SimulatorMain.class));
    spec.addSubcommand(
        "bench",
        described(
            "Measure request counts and speed"
                + " (docs/performance.md); --quick for the quota suite only"));
    return new CommandLine(spec).getUsageMessage();
  }

  private static CommandSpec described(String description) {
    CommandSpec spec = CommandSpec.create();
    spec.usageMessage().description(description);
    return spec;
  }
}
