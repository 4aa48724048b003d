package io.vtsql.driver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sqlline.Application;
import sqlline.CommandHandler;
import sqlline.DispatchCallback;
import sqlline.OutputFormat;
import sqlline.PlanOutputFormat;
import sqlline.RfcCsvOutputFormat;
import sqlline.SqlLine;
import sqlline.SqlLineOpts;
import sqlline.TypedJsonOutputFormat;

/**
 * sqlline as the vtsql shell: its banner, URL examples, and a {@code !help} that ends with where
 * the vtsql documentation lives. Loaded by {@code bin/vtsql} through sqlline's {@code -ac} option,
 * so it needs a public no-argument constructor.
 */
public class VtsqlApplication extends Application {
  static final String DOCS_HINT =
      String.join(
          System.lineSeparator(),
          "vtsql: SQL over the VirusTotal API v3. The guide is in the docs/ folder of vtsql:",
          "  tables and columns, search pushdown, request costs, errors, clients (docs/clients.md).",
          "  Try: !tables   !columns files   !describe files   EXPLAIN PLAN FOR <query>",
          "  Tab completes table and column names; Up/Down recall history (~/.vtsql/history).");

  /** Creates the application; sqlline instantiates it by class name. */
  public VtsqlApplication() {}

  @Override
  public String getInfoMessage() {
    return "vtsql " + VtVersion.VERSION + " on " + getVersion() + " (!help, !quit)";
  }

  /** Keeps the options given on the command line ({@code -ac} is applied after them). */
  @Override
  public SqlLineOpts getOpts(SqlLine sqlLine) {
    return sqlLine.getOpts();
  }

  /**
   * sqlline's formats, with standard CSV (RFC 4180) and typed JSON in place of its own, and EXPLAIN
   * plans printed whole and readable in the formats meant for people.
   */
  @Override
  public Map<String, OutputFormat> getOutputFormats(SqlLine sqlLine) {
    Map<String, OutputFormat> formats = new HashMap<>(super.getOutputFormats(sqlLine));
    formats.put("csv", new RfcCsvOutputFormat(sqlLine));
    formats.put("json", new TypedJsonOutputFormat(sqlLine));
    for (String format : List.of("table", "vertical", "ansiconsole")) {
      formats.put(format, new PlanOutputFormat(sqlLine, formats.get(format), ReadablePlan::of));
    }
    return Map.copyOf(formats);
  }

  @Override
  public Collection<String> getConnectionUrlExamples() {
    return List.of(
        VtDriver.CONNECT_STRING_PREFIX,
        VtDriver.CONNECT_STRING_PREFIX + "baseUrl=http://127.0.0.1:8080/api/v3",
        "jdbc:avatica:remote:url=http://127.0.0.1:8765;serialization=protobuf");
  }

  @Override
  public Collection<CommandHandler> getCommandHandlers(SqlLine sqlLine) {
    List<CommandHandler> handlers = new ArrayList<>();
    for (CommandHandler handler : super.getCommandHandlers(sqlLine)) {
      if (handler.getNames().contains("help")) {
        handlers.add(new HelpHandler(sqlLine, handler));
      } else if (handler.getNames().contains("connect")) {
        handlers.add(new KeyHidingConnectHandler(handler));
      } else {
        handlers.add(handler);
      }
    }
    return handlers;
  }

  /** sqlline's {@code !help}, followed by a pointer to the vtsql documentation. */
  private static final class HelpHandler extends WrappedCommandHandler {
    private final SqlLine sqlLine;

    HelpHandler(SqlLine sqlLine, CommandHandler builtIn) {
      super(builtIn);
      this.sqlLine = sqlLine;
    }

    @Override
    public void execute(String line, DispatchCallback callback) {
      builtIn.execute(line, callback);
      sqlLine.output("");
      sqlLine.output(DOCS_HINT);
    }
  }
}
