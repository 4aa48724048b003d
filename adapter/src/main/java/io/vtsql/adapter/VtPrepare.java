package io.vtsql.adapter;

import io.vtsql.adapter.query.StatementRequests;
import io.vtsql.adapter.write.VtWriteRule;
import java.lang.reflect.Type;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.interpreter.BindableConvention;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.plan.RelOptCostFactory;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.prepare.CalcitePrepareImpl;
import org.apache.calcite.prepare.Prepare;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.runtime.Bindable;
import org.apache.calcite.sql.SqlExplainFormat;
import org.apache.calcite.sql.SqlExplainLevel;

/**
 * Calcite's statement preparation, except that a text EXPLAIN plan ends with the statement's
 * VirusTotal request estimate ({@link StatementRequests}), so every JDBC client sees it, and that a
 * statement text prepared before on the same connection reuses its plan ({@link PlanCache}), and
 * that INSERT, UPDATE and DELETE on the catalogue's writable tables plan to VirusTotal's write
 * requests ({@link VtWriteRule}).
 */
public class VtPrepare extends CalcitePrepareImpl {
  @Override
  public <T> CalciteSignature<T> prepareSql(
      Context context, Query<T> query, Type elementType, long maxRowCount) {
    // Ad hoc statements (BI tools, notebooks, the shell) would otherwise be planned every time.
    try {
      return PlanCache.get(
          context,
          query,
          elementType,
          maxRowCount,
          () -> super.prepareSql(context, query, elementType, maxRowCount));
    } catch (RuntimeException e) {
      // A write refused while planning (a read-only table, rows not named by id) is wrapped by the
      // planner's "Error while applying rule"; the refusal itself carries the message, and JDBC
      // (the driver's SqlErrors) takes its state from it.
      for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
        if (t instanceof VtQueryException refusal) {
          throw refusal;
        }
      }
      throw e;
    }
  }

  @Override
  protected RelOptPlanner createPlanner(
      Context prepareContext,
      org.apache.calcite.plan.Context externalContext,
      RelOptCostFactory costFactory) {
    final RelOptPlanner planner = super.createPlanner(prepareContext, externalContext, costFactory);
    planner.addRule(VtWriteRule.INSTANCE);
    return planner;
  }

  @Override
  protected CalcitePreparingStmt getPreparingStmt(
      Context context,
      Type elementType,
      CalciteCatalogReader catalogReader,
      RelOptPlanner planner) {
    // As Calcite's own, with the explanation below.
    final JavaTypeFactory typeFactory = context.getTypeFactory();
    final EnumerableRel.Prefer prefer =
        elementType == Object[].class ? EnumerableRel.Prefer.ARRAY : EnumerableRel.Prefer.CUSTOM;
    return new CalcitePreparingStmt(
        this,
        context,
        catalogReader,
        typeFactory,
        context.getRootSchema(),
        prefer,
        createCluster(planner, new RexBuilder(typeFactory)),
        enableBindable ? BindableConvention.INSTANCE : EnumerableConvention.INSTANCE,
        createConvertletTable()) {
      @Override
      protected Prepare.PreparedResult createPreparedExplanation(
          RelDataType resultType,
          RelDataType parameterRowType,
          RelRoot root,
          SqlExplainFormat format,
          SqlExplainLevel detailLevel) {
        return new Explanation(resultType, parameterRowType, root, format, detailLevel);
      }
    };
  }

  /** A plan whose text form ends with the request estimate. */
  private static final class Explanation extends Prepare.PreparedExplain {
    private final RelRoot root;
    private final SqlExplainFormat format;

    Explanation(
        RelDataType resultType,
        RelDataType parameterRowType,
        RelRoot root,
        SqlExplainFormat format,
        SqlExplainLevel detailLevel) {
      super(resultType, parameterRowType, root, format, detailLevel);
      this.root = root;
      this.format = format;
    }

    @Override
    public String getCode() {
      final String plan = super.getCode();
      if (root == null || format != SqlExplainFormat.TEXT) {
        return plan;
      }
      return StatementRequests.of(root.rel)
          .map(line -> plan.endsWith("\n") ? plan + line + "\n" : plan + "\n" + line)
          .orElse(plan);
    }

    @Override
    public Bindable getBindable(Meta.CursorFactory cursorFactory) {
      final String explanation = getCode();
      return dataContext ->
          cursorFactory.style == Meta.Style.ARRAY
              ? Linq4j.singletonEnumerable(new String[] {explanation})
              : Linq4j.singletonEnumerable(explanation);
    }
  }
}
