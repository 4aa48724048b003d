package io.vtsql.adapter.exec;

import io.vtsql.adapter.catalog.Privilege;
import io.vtsql.client.VtForbiddenException;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Names the licence a table needs when VirusTotal refuses the key (403 ForbiddenError) on an add-on
 * product's endpoint: VirusTotal only says the operation is not authorized, the table knows which
 * licence it takes.
 */
final class LicenceRefusal {
  private static final int FORBIDDEN = 403;

  private LicenceRefusal() {}

  /**
   * The rows of {@code rows}, a 403 explained as a missing {@code needed} licence of {@code table}.
   */
  static Enumerator<Object[]> explaining(
      Enumerator<Object[]> rows, Privilege needed, String table) {
    if (!needed.addOn()) {
      return rows;
    }
    return new Enumerator<>() {
      @Override
      public Object[] current() {
        return rows.current();
      }

      @Override
      public boolean moveNext() {
        try {
          return rows.moveNext();
        } catch (VtForbiddenException e) {
          throw explain(e, needed, table);
        }
      }

      @Override
      public void reset() {
        rows.reset();
      }

      @Override
      public void close() {
        rows.close();
      }
    };
  }

  private static VtForbiddenException explain(
      VtForbiddenException e, Privilege needed, String table) {
    // a refusal before any request (status 0) already names the licence
    if (e.httpStatus() != FORBIDDEN) {
      return e;
    }
    return new VtForbiddenException(
        e.code(),
        e.httpStatus(),
        e.path(),
        table
            + " needs "
            + needed.licence()
            + ", which VirusTotal says this key lacks ("
            + e.detail()
            + "). Leave "
            + needed.settingName()
            + " out of the licences setting to have such statements refused before any request");
  }
}
