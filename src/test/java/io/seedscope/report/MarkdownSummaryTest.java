package io.seedscope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.report.model.IntervalSection;
import io.seedscope.report.model.ReportModel;
import io.seedscope.report.model.SummaryRow;
import io.seedscope.report.model.SummaryTable;
import io.seedscope.report.model.Verdict;
import io.seedscope.report.model.Warning;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownSummaryTest {

  @Test
  void compactSummaryWithVerdictTableAndComparisons() {
    ReportModel m =
        new ReportModel(
            "ppo vs sac",
            null,
            "return",
            "maximize",
            List.of(
                new Verdict(
                    "ppo", "Hopper", Verdict.Outcome.STABLE, "CV <= 0.1", "CV", 0.0834, 0.1)),
            new SummaryTable(
                "95% CI",
                List.of(
                    new SummaryRow(
                        "ppo", "Hopper", "", 10, 1234.56, 1200.1, 1268.9, 48.3, 0.039, 1230, 1232,
                        0, 1))),
            null,
            null,
            new IntervalSection(
                "95% CI",
                "score",
                List.of(new IntervalSection.Estimate("IQM", "ppo", 0.5012, 0.4950, 0.5073)),
                new IntervalSection.PoiMatrix(
                    List.of("ppo", "sac"),
                    List.of(List.of(Double.NaN, 0.61), List.of(0.39, Double.NaN)),
                    List.of(List.of(Double.NaN, 0.55), List.of(0.33, Double.NaN)),
                    List.of(List.of(Double.NaN, 0.67), List.of(0.45, Double.NaN))),
                null),
            null,
            null,
            null,
            List.of(new Warning("small-n", "only 10 seeds")));
    String md = MarkdownSummary.render(m);
    assertEquals(
        """
        ## ppo vs sac

        Metric: **return** (maximize)

        ### Verdict

        | implementation | task | verdict | deciding number | rule |
        |---|---|---|---|---|
        | ppo | Hopper | \u2705 stable | CV = 0.0834 (threshold 0.1) | CV <= 0.1 |

        """
            .replace("CV <= 0.1 |", "CV &lt;= 0.1 |"),
        md.substring(0, md.indexOf("\n> ") + 1));
    assertTrue(md.contains("> \u26a0\ufe0f **small-n**: only 10 seeds"));
    // Half-width 34.4 -> rounded to units.
    assertTrue(md.contains("| ppo | 10 | 1235 [1200, 1269] | 48 | 1230 | 1232 | 0 | 1 |"), md);
    assertTrue(md.contains("| IQM | ppo | 0.5012 [0.4950, 0.5073] |"), md);
    assertTrue(md.contains("| ppo | sac | 0.610 [0.550, 0.670] |"), md);
  }

  @Test
  void hostileNamesCannotBreakTablesOrInjectHtml() {
    ReportModel m = SyntheticAccess.hostile("|<script>alert(1)</script>*_`[x](y)\n|");
    String md = MarkdownSummary.render(m);
    assertFalse(md.contains("<script"));
    for (String line : md.split("\n")) {
      if (line.startsWith("|")) {
        // Every unescaped pipe is a cell border: the header defines the count per table.
        long pipes = line.replace("\\|", "").chars().filter(c -> c == '|').count();
        assertTrue(pipes >= 4 && pipes <= 14, line);
      }
    }
    assertTrue(
        md.contains("ppo\\|&lt;script&gt;alert\\(1\\)&lt;/script&gt;\\*\\_\\`\\[x\\]\\(y\\) \\|"));
  }

  @Test
  void emptyModelGivesJustTheTitle() {
    String md =
        MarkdownSummary.render(
            new ReportModel(
                null, null, null, null, null, null, null, null, null, null, null, null, null));
    assertEquals("## seedscope report\n\n", md);
  }
}
