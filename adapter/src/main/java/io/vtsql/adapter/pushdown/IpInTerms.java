package io.vtsql.adapter.pushdown;

import io.vtsql.adapter.catalog.ModifierSpec;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.VtColumn;
import io.vtsql.adapter.catalog.types.IpAddresses;
import io.vtsql.adapter.query.SearchExpr;
import java.util.Optional;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;

/**
 * Pushes {@code vt_ip_in(id, cidr)} on {@code ip_addresses} as {@code ip:"cidr"}, a superset (the
 * call stays in the remainder filter); on any other column it is evaluated locally.
 */
public final class IpInTerms {
  /** The modifier of a pushed block (docs/pushdown.md lists it). */
  public static final ModifierSpec SPEC =
      new ModifierSpec("id", "ip", ModifierSpec.Kind.CIDR, false);

  private IpInTerms() {}

  static Optional<FilterTranslator.Pushed> translate(
      RexCall call, ObjectType entity, TermTranslator terms) {
    final boolean onId =
        entity == IpAddresses.TYPE
            && terms
                .column(call.getOperands().get(0))
                .filter(c -> c.source() == VtColumn.Source.ID)
                .isPresent();
    if (!onId) {
      return Optional.empty();
    }
    final RexNode block = call.getOperands().get(1);
    final RexDynamicParam param = ParameterTerms.stringParameter(block);
    if (param != null) {
      return Optional.of(
          new FilterTranslator.Pushed(
              new SearchExpr.Param(
                  SPEC, SqlKind.EQUALS, param.getIndex(), param.getType().getSqlTypeName()),
              false));
    }
    final RexLiteral literal = TermTranslator.literal(block);
    if (literal == null || literal.getTypeName().getFamily() != SqlTypeFamily.CHARACTER) {
      return Optional.empty();
    }
    final String cidr = literal.getValueAs(String.class);
    // Checked when executing (a planning error would lose its SQLState); quoting makes even
    // a malformed value harmless in the meantime.
    return SearchValues.sendable(cidr)
        ? Optional.of(new FilterTranslator.Pushed(new SearchExpr.Block(cidr), false))
        : Optional.empty();
  }
}
