package io.vtsql.bench;

import java.util.List;

/** Renders quota-suite results as the markdown table docs/performance.md publishes. */
final class QuotaReport {
  private QuotaReport() {}

  static String render(List<QuotaResult> results) {
    final MarkdownTable table =
        new MarkdownTable(
            "#",
            "question",
            "SQL",
            "vtsql requests",
            "minimum (why)",
            "requests / minimum",
            "script requests",
            "script / vtsql");
    long vtsql = 0;
    long minimum = 0;
    long script = 0;
    int atMinimum = 0;
    int n = 0;
    int answered = 0;
    for (QuotaResult r : results) {
      n++;
      if (r.error() == null) {
        answered++;
        vtsql += r.requests();
        minimum += r.query().minimum();
        script += r.scriptRequests();
      }
      atMinimum += r.atMinimum() ? 1 : 0;
      final String requests =
          r.error() != null
              ? "failed: " + r.error()
              : r.requests() + (r.sentRequired() ? "" : " (missing " + r.query().mustSend() + ")");
      table.row(
          n,
          r.query().name(),
          "`"
              + r.query().sql()
              + "`"
              + (r.query().bindings().isEmpty() ? "" : " × " + r.query().bindings().size()),
          requests,
          r.query().minimum() + " (" + r.query().reasoning() + ")",
          r.error() != null ? "n/a" : MarkdownTable.num(r.efficiency()),
          r.scriptRequests(),
          r.error() != null ? "n/a" : MarkdownTable.num(r.savings()));
    }
    table.row(
        "Σ",
        answered + " answered questions",
        "",
        vtsql,
        minimum,
        MarkdownTable.num(minimum == 0 ? Double.NaN : (double) vtsql / minimum),
        script,
        MarkdownTable.num(vtsql == 0 ? Double.NaN : (double) script / vtsql));
    return table + "\n" + atMinimum + " of " + n + " questions at the minimum.\n";
  }
}
