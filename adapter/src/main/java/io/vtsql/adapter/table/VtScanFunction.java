package io.vtsql.adapter.table;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.VtBackend;
import io.vtsql.adapter.VtWriteException;
import io.vtsql.adapter.catalog.VtColumn;
import io.vtsql.adapter.catalog.types.Analyses;
import io.vtsql.adapter.exec.Submissions;
import java.util.List;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.TableMacro;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.util.NlsString;

/**
 * A scan table function: {@code vt_scan_url(url [, wait => seconds])}, {@code vt_rescan_url(url)},
 * {@code vt_rescan_file(hash)} or {@code vt_scan_file(path)}. Its one row is the analysis ({@code
 * vt.analyses} columns), submitted each time the statement runs; with {@code wait} it is polled
 * until completed or the seconds are over. The arguments are constants.
 */
final class VtScanFunction implements TableMacro {
  /** The longest wait accepted, in seconds (an analysis that takes longer is read later by id). */
  static final int MAX_WAIT_SECONDS = 600;

  private final VtBackend backend;
  private final Submissions.Kind kind;
  private final ScanFiles files;

  VtScanFunction(VtBackend backend, Submissions.Kind kind, ScanFiles files) {
    this.backend = requireNonNull(backend, "backend");
    this.kind = requireNonNull(kind, "kind");
    this.files = requireNonNull(files, "files");
  }

  @Override
  public List<FunctionParameter> getParameters() {
    return List.of(
        parameter(0, kind.argument(), String.class, false),
        parameter(1, "wait", Integer.class, true));
  }

  private static FunctionParameter parameter(
      int ordinal, String name, Class<?> type, boolean optional) {
    return new FunctionParameter() {
      @Override
      public int getOrdinal() {
        return ordinal;
      }

      @Override
      public String getName() {
        return name;
      }

      @Override
      public RelDataType getType(RelDataTypeFactory typeFactory) {
        return ((JavaTypeFactory) typeFactory).createType(type);
      }

      @Override
      public boolean isOptional() {
        return optional;
      }
    };
  }

  @Override
  public TranslatableTable apply(List<? extends Object> arguments) {
    final Object arg = arguments.get(0);
    final String text =
        arg instanceof NlsString nls ? nls.getValue() : arg instanceof String s ? s : null;
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(
          kind.function()
              + " needs a constant "
              + kind.argument()
              + ", e.g. "
              + kind.function()
              + "('...')");
    }
    final Object w = arguments.size() > 1 ? arguments.get(1) : null;
    final int wait = w == null ? 0 : ((Number) w).intValue();
    if (wait < 0 || wait > MAX_WAIT_SECONDS) {
      throw new IllegalArgumentException(
          kind.function()
              + ": wait is between 0 and "
              + MAX_WAIT_SECONDS
              + " seconds, not "
              + wait);
    }
    if (kind == Submissions.Kind.SCAN_FILE && !files.any() && files.root() == null) {
      throw new VtWriteException(
          "42501",
          "vt_scan_file cannot read files on this server: its operator allows no directory"
              + " (vtsql serve --scan-files-from DIR); nothing was sent",
          null);
    }
    return new Analysis(text.strip(), wait);
  }

  /** The one-row table of one submission. */
  private final class Analysis extends AbstractTable implements TranslatableTable {
    private final String argument;
    private final int wait;

    Analysis(String argument, int wait) {
      this.argument = argument;
      this.wait = wait;
    }

    @Override
    public RelDataType getRowType(RelDataTypeFactory typeFactory) {
      final RelDataTypeFactory.Builder b = typeFactory.builder();
      for (VtColumn c : Analyses.TYPE.columns()) {
        b.add(c.name(), c.type().toRelType(typeFactory, !c.name().equals("id")));
      }
      return b.build();
    }

    @Override
    public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
      return new VtSubmission(
          context.getCluster(),
          relOptTable,
          backend,
          new Submissions.Request(kind, argument, wait, files.any() ? null : files.root()));
    }
  }
}
