package io.vtsql.adapter.table;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Which files {@code vt_scan_file} may read: any (a local connection reads what its user can), none
 * (a server without {@code --scan-files-from}), or those under one directory.
 *
 * @param any whether every path is allowed
 * @param root the one directory allowed, or null (with {@code any} false: none)
 */
public record ScanFiles(boolean any, Path root) {
  /** Any file (local connections). */
  public static final ScanFiles ANY = new ScanFiles(true, null);

  /** {@code none} or a directory, as {@code vtsql serve} sets the operand. */
  public static ScanFiles of(String value) {
    final String v = value.strip();
    return v.isEmpty() || v.toLowerCase(Locale.ROOT).equals("none")
        ? new ScanFiles(false, null)
        : new ScanFiles(false, Path.of(v).toAbsolutePath().normalize());
  }
}
