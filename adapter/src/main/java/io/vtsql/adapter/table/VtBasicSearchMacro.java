package io.vtsql.adapter.table;

import static java.util.Objects.requireNonNull;

import com.google.common.net.InetAddresses;
import io.vtsql.adapter.VtBackend;
import io.vtsql.adapter.catalog.BasicSearchEndpoint;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.types.Comments;
import io.vtsql.adapter.catalog.types.Domains;
import io.vtsql.adapter.catalog.types.Files;
import io.vtsql.adapter.catalog.types.IpAddresses;
import io.vtsql.adapter.catalog.types.Urls;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.TableMacro;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.util.NlsString;

/**
 * {@code vt_basic_search('...')}: VirusTotal's basic search ({@code GET /search}, public keys
 * included). As VirusTotal does (protocol.md §5 Search), the constant query picks what comes back,
 * so it picks the row type at plan time: a hash gives {@code files} columns, a URL {@code urls}, a
 * domain {@code domains}, an IP address {@code ip_addresses}, and anything else the {@code
 * comments} whose tag it names. Pages are read lazily by cursor until LIMIT is met; WHERE and ORDER
 * BY stay local.
 */
public final class VtBasicSearchMacro implements TableMacro {
  /** Name under which the schema registers the function. */
  static final String NAME = "vt_basic_search";

  private static final Pattern HASH =
      Pattern.compile("[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}");
  private static final Pattern DOMAIN =
      Pattern.compile(
          "(?i)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\\.)+[a-z][a-z0-9-]{1,62}\\.?");
  private static final Pattern WITH_SCHEME = Pattern.compile("(?i)[a-z][a-z0-9+.-]*://\\S+");
  private static final Pattern HOST_AND_PATH = Pattern.compile("([^/\\s]+)/\\S*");

  private final VtBackend backend;

  VtBasicSearchMacro(VtBackend backend) {
    this.backend = requireNonNull(backend, "backend");
  }

  @Override
  public List<FunctionParameter> getParameters() {
    return List.of(
        new FunctionParameter() {
          @Override
          public int getOrdinal() {
            return 0;
          }

          @Override
          public String getName() {
            return "query";
          }

          @Override
          public RelDataType getType(RelDataTypeFactory typeFactory) {
            return ((JavaTypeFactory) typeFactory).createType(String.class);
          }

          @Override
          public boolean isOptional() {
            return false;
          }
        });
  }

  @Override
  public TranslatableTable apply(List<?> arguments) {
    final Object arg = arguments.get(0);
    final String text =
        arg instanceof NlsString nls ? nls.getValue() : arg instanceof String s ? s : null;
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(
          NAME
              + " needs a constant, non-empty query (its text decides the row type), e.g. "
              + NAME
              + "('example.com'); got "
              + (arg == null ? "a non-constant or NULL argument" : "'" + arg + "'"));
    }
    final String query = text.strip();
    return VtTable.of(
        resultType(query).scannedBy(NAME, new BasicSearchEndpoint(query)), backend, null);
  }

  /** The type of the objects VirusTotal's basic search returns for {@code query}. */
  static ObjectType resultType(String query) {
    if (HASH.matcher(query).matches()) {
      return Files.TYPE;
    }
    if (InetAddresses.isInetAddress(query)) {
      return IpAddresses.TYPE;
    }
    if (WITH_SCHEME.matcher(query).matches()) {
      return Urls.TYPE;
    }
    final Matcher hostAndPath = HOST_AND_PATH.matcher(query);
    if (hostAndPath.matches() && isHost(hostAndPath.group(1))) {
      return Urls.TYPE;
    }
    if (DOMAIN.matcher(query).matches()) {
      return Domains.TYPE;
    }
    return Comments.TYPE;
  }

  private static boolean isHost(String host) {
    return DOMAIN.matcher(host).matches() || InetAddresses.isInetAddress(host);
  }
}
