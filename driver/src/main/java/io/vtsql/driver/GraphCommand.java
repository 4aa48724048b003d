package io.vtsql.driver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vtsql graph}: runs one pivot query and writes its objects and relationships as one
 * self-contained HTML page (see {@link PivotGraph} for how a result becomes a graph).
 */
@Command(
    name = "vtsql graph",
    mixinStandardHelpOptions = true,
    version = "vtsql " + VtVersion.VERSION,
    description =
        "Draw a pivot's result as a graph: objects are nodes (shaped by type,"
            + " coloured by detections), the relationships that joined them are edges.")
final class GraphCommand implements Callable<Integer> {
  @Option(
      names = {"-e", "--execute"},
      required = true,
      paramLabel = "SQL",
      description = "The pivot query, e.g. files JOIN file_contacted_domains")
  String sql;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      defaultValue = "pivot.html",
      description = "HTML page to write (default ${DEFAULT-VALUE})")
  Path output;

  @Option(
      names = {"-u", "--url"},
      paramLabel = "JDBC-URL",
      defaultValue = VtDriver.CONNECT_STRING_PREFIX,
      description = "Connection (default ${DEFAULT-VALUE}: VT_API_KEY, else the simulator)")
  String url;

  @Override
  public Integer call() throws IOException {
    // A key in -u would be readable by every local user (ps), as for the shell.
    Optional<String> refusal = ShellSecrets.refusal(List.of(url));
    if (refusal.isPresent()) {
      System.err.println(refusal.get());
      return VtsqlMain.EXIT_KEY_ON_COMMAND_LINE;
    }
    PivotGraph graph;
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      graph = PivotGraph.of(rows);
    } catch (SQLException e) {
      System.err.println(VtSqlLine.line(e));
      return 1;
    }
    Files.writeString(output, GraphPage.render(graph, sql), StandardCharsets.UTF_8);
    System.err.println(
        "vtsql graph: "
            + graph.nodes().size()
            + " objects, "
            + graph.edges().size()
            + " relationships -> "
            + output);
    return 0;
  }
}
