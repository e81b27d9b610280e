package io.seedscope.report;

import io.seedscope.analysis.MultitaskSection;
import io.seedscope.report.model.IntervalSection;
import io.seedscope.stats.multitask.AggregateMetric;
import io.seedscope.stats.multitask.AlgorithmEstimates;
import io.seedscope.stats.multitask.Estimate;
import io.seedscope.stats.multitask.ProbabilityOfImprovement;
import io.seedscope.stats.multitask.Profile;
import java.util.ArrayList;
import java.util.List;

/** The rliable-style section of the report (interval estimates, PoI matrix, profiles). */
final class MultitaskView {
  private MultitaskView() {}

  static IntervalSection intervals(Object section) {
    if (!(section instanceof MultitaskSection.Multitask m)) {
      return null;
    }
    List<IntervalSection.Estimate> estimates = new ArrayList<>();
    for (AggregateMetric metric : AggregateMetric.values()) {
      for (AlgorithmEstimates a : m.intervalEstimates().algorithms()) {
        Estimate e = a.metrics().get(metric);
        if (e != null) {
          estimates.add(
              new IntervalSection.Estimate(
                  label(metric), a.algorithm(), e.estimate(), e.low(), e.high()));
        }
      }
    }
    List<String> names = m.implementations();
    List<List<Double>> p = new ArrayList<>();
    List<List<Double>> lo = new ArrayList<>();
    List<List<Double>> hi = new ArrayList<>();
    for (String x : names) {
      List<Double> pr = new ArrayList<>();
      List<Double> lr = new ArrayList<>();
      List<Double> hr = new ArrayList<>();
      for (String y : names) {
        ProbabilityOfImprovement found = null;
        for (ProbabilityOfImprovement poi : m.probabilityOfImprovement()) {
          if (poi.x().equals(x) && poi.y().equals(y)) {
            found = poi;
          }
        }
        pr.add(found == null ? Double.NaN : found.estimate());
        lr.add(found == null ? Double.NaN : found.low());
        hr.add(found == null ? Double.NaN : found.high());
      }
      p.add(pr);
      lo.add(lr);
      hi.add(hr);
    }
    List<IntervalSection.ProfileCurve> curves = new ArrayList<>();
    for (Profile pr : m.performanceProfile().algorithms()) {
      curves.add(
          new IntervalSection.ProfileCurve(
              pr.algorithm(), m.performanceProfile().taus(), pr.estimate(), pr.low(), pr.high()));
    }
    return new IntervalSection(
        Math.round(m.intervalEstimates().level() * 100)
            + "% stratified bootstrap ("
            + m.intervalEstimates().resamples()
            + " resamples)",
        "normalized score (" + m.normalization() + ")",
        estimates,
        new IntervalSection.PoiMatrix(names, p, lo, hi),
        new IntervalSection.Profiles("normalized score threshold tau", curves));
  }

  private static String label(AggregateMetric m) {
    switch (m) {
      case IQM:
        return "IQM";
      case MEDIAN:
        return "Median";
      case MEAN:
        return "Mean";
      default:
        return "Optimality gap";
    }
  }
}
