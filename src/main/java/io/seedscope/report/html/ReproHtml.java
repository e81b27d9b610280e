package io.seedscope.report.html;

import io.seedscope.report.chart.Palette;
import io.seedscope.report.model.ReportModel;
import io.seedscope.report.model.ReproSection;
import io.seedscope.report.model.ReproSection.Entry;
import io.seedscope.report.model.ReproSection.FailedRun;
import java.util.List;

/** Section 8: environment manifest, determinism check, failed runs with their stderr. */
public final class ReproHtml implements Section {
  @Override
  public String id() {
    return "reproducibility";
  }

  @Override
  public String title() {
    return "Reproducibility";
  }

  @Override
  public boolean present(ReportModel m) {
    ReproSection r = m.reproducibility();
    return r != null
        && (!r.environment().isEmpty() || r.determinism() != null || !r.failedRuns().isEmpty());
  }

  @Override
  public void render(Page p, ReportModel m, Palette palette) {
    ReproSection r = m.reproducibility();
    if (!r.environment().isEmpty()) {
      p.raw("<h3>Environment</h3>\n<div class=\"scroll\"><table class=\"kv\"><tbody>\n");
      for (Entry e : r.environment()) {
        p.raw("<tr><th scope=\"row\">").text(e.key()).raw("</th><td><code>").text(e.value());
        p.raw("</code></td></tr>\n");
      }
      p.raw("</tbody></table></div>\n");
    }
    if (r.determinism() != null) {
      p.raw("<h3>Determinism check</h3>\n<p>");
      p.raw(
          r.determinism().passed()
              ? "<span class=\"badge ok\">\u2713 identical</span> "
              : "<span class=\"badge bad\">\u2717 differs</span> ");
      p.text(r.determinism().detail()).raw("</p>\n");
    }
    if (!r.failedRuns().isEmpty()) {
      p.raw("<h3>Failed and divergent runs</h3>\n");
      List<Boolean> num = List.of(false, false, false, true, false, false);
      Tables.open(
          p,
          r.failedRuns().size() + " runs gave no usable value.",
          List.of("run", "implementation", "task", "seed", "status", "reason"),
          num);
      for (FailedRun f : r.failedRuns()) {
        Tables.row(
            p,
            List.of(
                f.runId(),
                f.implementation(),
                f.task(),
                Long.toString(f.seed()),
                f.status(),
                f.reason()),
            num);
      }
      Tables.close(p);
      for (FailedRun f : r.failedRuns()) {
        if (f.stderrTail() == null || f.stderrTail().isBlank()) {
          continue;
        }
        p.raw("<details><summary>stderr of ").text(f.runId()).raw(" (seed ");
        p.text(Long.toString(f.seed())).raw(")</summary><pre>").text(f.stderrTail());
        p.raw("</pre></details>\n");
      }
    }
  }
}
