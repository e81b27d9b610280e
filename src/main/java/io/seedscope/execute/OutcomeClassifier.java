package io.seedscope.execute;

import io.seedscope.model.ResultSet;
import io.seedscope.model.RunStatus;
import io.seedscope.spec.MetricSpec;

/**
 * Decides a finished attempt's status from how it ended and what it logged: a non-zero exit is
 * FAILED, a run that never logged the metric is NO_METRIC, a metric whose aggregate (or any logged
 * value) is NaN or infinite is DIVERGENT; otherwise OK.
 */
final class OutcomeClassifier {
  private final MetricSpec metric;

  OutcomeClassifier(MetricSpec metric) {
    this.metric = metric;
  }

  record Verdict(RunStatus status, String reason) {}

  /**
   * @param steps the attempt's logged steps ({@link MetricsCollector#steps()})
   * @param metrics its metrics aligned with them ({@link MetricsCollector#metrics()})
   */
  Verdict classify(
      Launcher.Attempt attempt, long[] steps, java.util.Map<String, double[]> metrics) {
    switch (attempt.ending()) {
      case TIMED_OUT:
        return new Verdict(RunStatus.TIMEOUT, attempt.detail());
      case CANCELLED:
        return new Verdict(RunStatus.CANCELLED, attempt.detail());
      case CRASHED:
        return new Verdict(RunStatus.FAILED, attempt.detail());
      default:
        break;
    }
    if (attempt.exitCode() != null && attempt.exitCode() != 0) {
      return new Verdict(RunStatus.FAILED, attempt.detail());
    }
    double[] values = metrics.get(metric.name());
    if (values == null) {
      String seen = String.join(", ", metrics.keySet());
      return new Verdict(
          RunStatus.NO_METRIC,
          "no value of metric '"
              + metric.name()
              + "' was logged"
              + (seen.isEmpty() ? " (no metric lines at all)" : " (logged: " + seen + ")"));
    }
    // The attempt's own metrics, reduced by the same rule the analysis applies.
    io.seedscope.model.Run run =
        ResultSet.reduce(
            new io.seedscope.model.RunLog(
                "",
                new io.seedscope.model.GroupKey("", null, null),
                0,
                RunStatus.OK,
                "",
                steps,
                java.util.Map.of(metric.name(), values)),
            metric.name(),
            metric.aggregate());
    return new Verdict(run.status(), run.reason());
  }
}
