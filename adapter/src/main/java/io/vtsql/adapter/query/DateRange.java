package io.vtsql.adapter.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The UTC days, both included, a WHERE gives a table with a {@link
 * io.vtsql.adapter.catalog.DateWindow}; {@code start} after {@code end} is an empty range.
 */
public record DateRange(LocalDate start, LocalDate end) {
  /** Whether no day is in the range. */
  public boolean empty() {
    return start.isAfter(end);
  }

  /** The range cut into consecutive pieces of at most {@code maxDays} days. */
  public List<DateRange> chunks(int maxDays) {
    final List<DateRange> out = new ArrayList<>();
    for (LocalDate s = start; !s.isAfter(end); s = s.plusDays(maxDays)) {
      final LocalDate e = s.plusDays(maxDays - 1L);
      out.add(new DateRange(s, e.isAfter(end) ? end : e));
    }
    return out;
  }

  @Override
  public String toString() {
    return start + ".." + end;
  }
}
