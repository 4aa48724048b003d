package io.vtsql.adapter.pushdown;

import io.vtsql.adapter.query.DateRange;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.DateString;

/**
 * Finds the days a filter allows on a day column ({@code YYYY-MM-DD} text): the ANDed comparisons
 * ({@code =}, {@code <}, {@code <=}, {@code >}, {@code >=}, BETWEEN) of the column with a date
 * literal (text or DATE). Both a first and a last day are needed; the filter itself stays above the
 * scan, so the range only has to hold every row the filter keeps.
 */
public final class DateRangeTranslator {
  /** Length of {@code YYYY-MM-DD}: a longer or shorter text compares differently from the day. */
  private static final int DAY_LENGTH = 10;

  private DateRangeTranslator() {}

  /** The range of {@code condition} on the column at {@code ordinal}, if it bounds both ends. */
  public static Optional<DateRange> range(RexBuilder rexBuilder, RexNode condition, int ordinal) {
    if (ordinal < 0) {
      return Optional.empty();
    }
    LocalDate start = null;
    LocalDate end = null;
    final RexNode expanded = RexUtil.expandSearch(rexBuilder, null, condition);
    for (RexNode conjunct : RelOptUtil.conjunctions(expanded)) {
      if (!(conjunct instanceof RexCall call) || call.getOperands().size() != 2) {
        continue;
      }
      final List<RexNode> ops = call.getOperands();
      SqlKind kind = call.getKind();
      Optional<LocalDate> day = Optional.empty();
      if (isColumn(ops.get(0), ordinal)) {
        day = day(ops.get(1));
      } else if (isColumn(ops.get(1), ordinal)) {
        day = day(ops.get(0));
        kind = kind.reverse();
      }
      if (day.isEmpty()) {
        continue;
      }
      final LocalDate d = day.get();
      switch (kind) {
        case EQUALS -> {
          start = later(start, d);
          end = earlier(end, d);
        }
        case GREATER_THAN -> start = later(start, d.plusDays(1));
        case GREATER_THAN_OR_EQUAL -> start = later(start, d);
        case LESS_THAN -> end = earlier(end, d.minusDays(1));
        case LESS_THAN_OR_EQUAL -> end = earlier(end, d);
        default -> {}
      }
    }
    return start == null || end == null ? Optional.empty() : Optional.of(new DateRange(start, end));
  }

  private static boolean isColumn(RexNode node, int ordinal) {
    return RexUtil.removeCast(node) instanceof RexInputRef ref && ref.getIndex() == ordinal;
  }

  /** The day a literal names: DATE, or text starting with {@code YYYY-MM-DD}. */
  private static Optional<LocalDate> day(RexNode node) {
    if (!(RexUtil.removeCast(node) instanceof RexLiteral literal) || literal.isNull()) {
      return Optional.empty();
    }
    if (literal.getTypeName() == SqlTypeName.DATE) {
      return Optional.of(LocalDate.parse(literal.getValueAs(DateString.class).toString()));
    }
    if (literal.getTypeName().getFamily() != SqlTypeFamily.CHARACTER) {
      return Optional.empty();
    }
    final String text = literal.getValueAs(String.class);
    if (text == null || text.length() != DAY_LENGTH) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      // text that is no day bounds nothing (the filter above still compares it)
      return Optional.empty();
    }
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null || b.isAfter(a) ? b : a;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a == null || b.isBefore(a) ? b : a;
  }
}
