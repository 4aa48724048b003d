package io.vtsql.adapter;

import io.vtsql.adapter.table.ScanFiles;
import io.vtsql.adapter.table.VtMetaSchema;
import io.vtsql.adapter.table.VtSchema;
import java.util.Map;
import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.SchemaFactory;
import org.apache.calcite.schema.SchemaPlus;

/**
 * Calcite {@link SchemaFactory} of the {@code vt} schema; model operands are described in {@link
 * VtSettings}. It also adds the sibling system schema {@code vt_meta} (see {@link VtMetaSchema}) to
 * the parent, so both a model and a programmatic {@code create(root, "vt", operand)} get it.
 */
public final class VtSchemaFactory implements SchemaFactory {
  /**
   * Operand naming the scope of a connection's client: connections of different scopes never share
   * caches or the request log of {@code vt_meta.requests} (a server sets it per user).
   */
  public static final String SCOPE_OPERAND = "vtsqlScope";

  /**
   * Operand saying which files {@code vt_scan_file} may read: absent (a local connection: any file
   * the user can read), {@code none}, or a directory. {@code vtsql serve} always sets it, from its
   * {@code --scan-files-from} option, so remote users never read the server's disk otherwise.
   */
  public static final String SCAN_FILES_OPERAND = "vtsqlScanFiles";

  /** Public no-argument constructor, as Calcite's model loader requires. */
  public VtSchemaFactory() {}

  @Override
  public Schema create(SchemaPlus parentSchema, String name, Map<String, Object> operand) {
    final VtBackend backend = VtSettings.backend(operand);
    VtMetaSchema.addTo(parentSchema, name, backend);
    final Object files = operand.get(SCAN_FILES_OPERAND);
    return new VtSchema(
        backend,
        RelationshipSettings.of(backend),
        files == null ? ScanFiles.ANY : ScanFiles.of(files.toString()));
  }
}
