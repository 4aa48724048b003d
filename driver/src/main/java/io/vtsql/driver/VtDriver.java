package io.vtsql.driver;

import io.vtsql.adapter.VtPrepare;
import io.vtsql.adapter.VtSchemaFactory;
import java.sql.Connection;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.ConnectStringParser;
import org.apache.calcite.avatica.DriverVersion;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.schema.SchemaPlus;

/**
 * The {@code jdbc:vt:} JDBC driver: a Calcite connection whose default schema {@code vt} holds the
 * VirusTotal tables.
 *
 * <p>The schema is added programmatically rather than through an inline model so that the API key
 * never becomes part of a connection property, the connect URL or a model string that clients can
 * read back; those only ever see the masked form.
 *
 * <p>{@code DatabaseMetaData} describes every table and column with a one-line remark taken from
 * the adapter's static catalogue, without any API request, in the order JDBC specifies ({@link
 * JdbcOrderedMeta}). Connections are wrapped by {@link JdbcProxies} so failures reach clients as
 * SQLExceptions with a SQLState. Statements are prepared by {@link VtPrepare}, so EXPLAIN ends with
 * the statement's request estimate.
 */
public class VtDriver extends org.apache.calcite.jdbc.Driver {
  /** Prefix of every URL this driver accepts. */
  public static final String CONNECT_STRING_PREFIX = "jdbc:vt:";

  /** Name of the schema holding the VirusTotal tables. */
  public static final String SCHEMA_NAME = "vt";

  static {
    // Before any connection makes Calcite read its settings.
    CalciteTuning.applyTo(System.getProperties());
    new VtDriver().register();
  }

  @Override
  protected String getConnectStringPrefix() {
    return CONNECT_STRING_PREFIX;
  }

  @Override
  protected DriverVersion createDriverVersion() {
    return new DriverVersion(
        "vtsql JDBC driver",
        VtVersion.VERSION,
        "vtsql",
        VtVersion.VERSION,
        true,
        VtVersion.MAJOR,
        VtVersion.MINOR,
        VtVersion.MAJOR,
        VtVersion.MINOR);
  }

  @Override
  public CalcitePrepare createPrepare() {
    return new VtPrepare();
  }

  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
    Properties merged =
        acceptsURL(url)
            ? ConnectStringParser.parse(url.substring(CONNECT_STRING_PREFIX.length()), info)
            : info;
    return VtDriverProperties.describe(merged);
  }

  @Override
  public Meta createMeta(AvaticaConnection connection) {
    return new JdbcOrderedMeta(
        (CalciteConnection) connection,
        new RemarkedMetaTableFactory(CatalogueRemarks.INSTANCE),
        new RemarkedMetaColumnFactory(CatalogueRemarks.INSTANCE));
  }

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    return connect(url, info, System.getenv());
  }

  /**
   * Connects with an explicit environment, so that the Avatica server can decide whether the
   * operator's {@code VT_API_KEY} applies to a remote user's connection.
   */
  Connection connect(String url, Properties info, Map<String, String> env) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    Properties merged =
        ConnectStringParser.parse(url.substring(CONNECT_STRING_PREFIX.length()), info);
    VtConnectionSettings settings = VtConnectionSettings.resolve(merged, env);
    Connection connection = super.connect(CONNECT_STRING_PREFIX, settings.calciteProperties());
    try {
      CalciteConnection calcite = connection.unwrap(CalciteConnection.class);
      SchemaPlus root = calcite.getRootSchema();
      root.add(
          SCHEMA_NAME, new VtSchemaFactory().create(root, SCHEMA_NAME, settings.schemaOperand()));
      calcite.setSchema(SCHEMA_NAME);
      return JdbcProxies.connection(connection);
    } catch (IllegalArgumentException e) {
      // A misspelt property or a bad value: the message names it and what is allowed.
      connection.close();
      throw new SQLException("vtsql: " + e.getMessage(), "HY024", e);
    } catch (RuntimeException | SQLException e) {
      connection.close();
      throw e instanceof SQLException
          ? (SQLException) e
          : new SQLException("vtsql: cannot open the vt schema: " + e.getMessage(), "08001", e);
    }
  }
}
