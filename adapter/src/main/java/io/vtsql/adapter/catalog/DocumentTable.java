package io.vtsql.adapter.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The records of one attribute of a single-document endpoint as a table, e.g. {@code
 * metadata_engines} from {@code GET /metadata}: one request reads every row, so the table needs no
 * filter and no LIMIT (such documents are small and finite).
 */
public final class DocumentTable implements TableDef {
  private final String path;
  private final String attribute;
  private final ChildTable.Shape shape;
  private final String keyColumn;
  private final String keyDescription;
  private final String valueColumn;
  private final List<VtColumn> columns;
  private final String description;

  private DocumentTable(String path, ChildTable.Builder records) {
    this.path = requireNonNull(path, "path");
    this.attribute = records.attribute();
    this.shape = records.shape();
    this.keyColumn = records.keyColumn();
    this.keyDescription = records.keyDescription();
    this.valueColumn = records.valueColumn();
    this.columns = records.elementColumns();
    this.description = records.description();
  }

  /** The records of the document at {@code path} (e.g. {@code /metadata}) its builder names. */
  public static DocumentTable of(String path, ChildTable.Builder records) {
    return new DocumentTable(path, records.checked());
  }

  /** Path of the document, e.g. {@code /metadata}. */
  public String path() {
    return path;
  }

  /** Dotted attribute path of the records inside the document's {@code data}. */
  public String attribute() {
    return attribute;
  }

  /** How the records are laid out. */
  public ChildTable.Shape shape() {
    return shape;
  }

  /** SQL table name: the path and the attribute, e.g. {@code metadata_engines}. */
  @Override
  public String tableName() {
    return path.substring(1).replace('/', '_') + "_" + attribute.replace('.', '_');
  }

  /** One line for users. */
  public String description() {
    return description;
  }

  /** The table's JDBC remark: what a row is and what reads it. */
  @Override
  public String remark() {
    return description + " (one " + endpoint() + " reads every row)";
  }

  /** A column's JDBC remark, if the table has the column. */
  @Override
  public Optional<String> columnRemark(String column) {
    return columns().stream()
        .filter(c -> c.name().equals(column))
        .findFirst()
        .map(RelationshipColumn::description);
  }

  /** The request that reads every row. */
  public String endpoint() {
    return "GET " + path;
  }

  /** Columns of the table: key (maps), then the scalar or the element columns and raw record. */
  public List<RelationshipColumn> columns() {
    return List.copyOf(
        ChildTable.recordColumns(
            shape, attribute, keyColumn, keyDescription, valueColumn, columns));
  }
}
