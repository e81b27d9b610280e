package io.seedscope.report.model;

import java.util.List;

/**
 * Everything one report shows. Every section is optional: {@code null} (or an empty list) leaves
 * the section out of the page.
 *
 * @param title page title and top heading, e.g. {@code "seedscope: ppo vs sac on HalfCheetah"}
 * @param subtitle one line under the title (command, date, run directory), or null
 * @param metric the analysed metric's name as shown on axes, e.g. {@code "episode_return"}
 * @param goal {@code "maximize"} or {@code "minimize"}, shown next to the metric
 * @param verdicts section 1: one verdict per implementation and task
 * @param summary section 2: the summary table
 * @param distributions section 3: one final-score chart per task
 * @param curves section 4: one learning-curve chart per task
 * @param intervals section 5: aggregate interval estimates, PoI matrix, performance profiles
 * @param seeds section 6: CI width against number of seeds, power analysis
 * @param sensitivity section 7: hyperparameter importance and marginals
 * @param reproducibility section 8: environment, determinism check, failed runs
 * @param warnings shown in a box right under the verdict (small n, divergent runs, ...)
 * @param comparisons section 2b: implementations compared (tests, effect sizes), or null
 */
public record ReportModel(
    String title,
    String subtitle,
    String metric,
    String goal,
    List<Verdict> verdicts,
    SummaryTable summary,
    List<DistributionPanel> distributions,
    List<CurvePanel> curves,
    IntervalSection intervals,
    SeedsSection seeds,
    SensitivitySection sensitivity,
    ReproSection reproducibility,
    List<Warning> warnings,
    ComparisonTable comparisons) {

  /** A model without comparisons. */
  public ReportModel(
      String title,
      String subtitle,
      String metric,
      String goal,
      List<Verdict> verdicts,
      SummaryTable summary,
      List<DistributionPanel> distributions,
      List<CurvePanel> curves,
      IntervalSection intervals,
      SeedsSection seeds,
      SensitivitySection sensitivity,
      ReproSection reproducibility,
      List<Warning> warnings) {
    this(
        title,
        subtitle,
        metric,
        goal,
        verdicts,
        summary,
        distributions,
        curves,
        intervals,
        seeds,
        sensitivity,
        reproducibility,
        warnings,
        null);
  }

  public ReportModel {
    verdicts = Lists.copy(verdicts);
    distributions = Lists.copy(distributions);
    curves = Lists.copy(curves);
    warnings = Lists.copy(warnings);
  }
}
