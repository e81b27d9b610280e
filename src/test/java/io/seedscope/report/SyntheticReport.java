package io.seedscope.report;

import io.seedscope.report.model.CurvePanel;
import io.seedscope.report.model.CurvePanel.CurveGroup;
import io.seedscope.report.model.CurvePanel.SeedCurve;
import io.seedscope.report.model.DistributionPanel;
import io.seedscope.report.model.IntervalSection;
import io.seedscope.report.model.IntervalSection.Estimate;
import io.seedscope.report.model.IntervalSection.PoiMatrix;
import io.seedscope.report.model.IntervalSection.ProfileCurve;
import io.seedscope.report.model.IntervalSection.Profiles;
import io.seedscope.report.model.ReportModel;
import io.seedscope.report.model.ReproSection;
import io.seedscope.report.model.SeedsSection;
import io.seedscope.report.model.SensitivitySection;
import io.seedscope.report.model.SensitivitySection.Importance;
import io.seedscope.report.model.SensitivitySection.ImportanceSet;
import io.seedscope.report.model.SensitivitySection.Interaction;
import io.seedscope.report.model.SensitivitySection.Marginal;
import io.seedscope.report.model.SensitivitySection.TunabilityRow;
import io.seedscope.report.model.SummaryRow;
import io.seedscope.report.model.SummaryTable;
import io.seedscope.report.model.Verdict;
import io.seedscope.report.model.Warning;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Builds a synthetic but realistic-looking view model: learning curves that saturate with AR(1)
 * noise and a per-seed offset, a sweep with log and categorical parameters. The numbers are not
 * statistics of anything (the report does not compute them); they only have the right shapes.
 */
final class SyntheticReport {
  private SyntheticReport() {}

  static ReportModel full(List<String> impls, int seeds, int steps, int configs) {
    return full(
        impls,
        "HalfCheetah-v4",
        seeds,
        steps,
        configs,
        List.of("lr", "gamma", "batch", "clip", "entropy"),
        "episode_return");
  }

  static ReportModel full(
      List<String> impls,
      String task,
      int seeds,
      int steps,
      int configs,
      List<String> params,
      String metric) {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(42L);
    ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
    List<CurveGroup> groups = new ArrayList<>();
    List<DistributionPanel.Samples> samples = new ArrayList<>();
    List<SummaryRow> rows = new ArrayList<>();
    List<Verdict> verdicts = new ArrayList<>();
    List<Estimate> estimates = new ArrayList<>();
    List<ProfileCurve> profiles = new ArrayList<>();
    List<SeedsSection.CiWidthCurve> widths = new ArrayList<>();
    List<Double> stepList = new ArrayList<>();
    for (int k = 0; k < steps; k++) {
      stepList.add((k + 1) * 1000.0);
    }
    for (int i = 0; i < impls.size(); i++) {
      double level = 1000 + 400 * i;
      double[][] curves = new double[seeds][steps];
      List<SeedCurve> seedCurves = new ArrayList<>();
      double[] finals = new double[seeds];
      for (int s = 0; s < seeds; s++) {
        double offset = 120 * gauss.sample();
        double ar = 0;
        List<Double> vals = new ArrayList<>(steps);
        for (int k = 0; k < steps; k++) {
          ar = 0.9 * ar + 25 * gauss.sample();
          double v = (level + offset) * (1 - Math.exp(-k / (steps / 5.0))) + ar;
          curves[s][k] = v;
          vals.add(v);
        }
        finals[s] = curves[s][steps - 1];
        seedCurves.add(new SeedCurve(s, stepList, vals));
      }
      List<Double> center = new ArrayList<>();
      List<Double> low = new ArrayList<>();
      List<Double> high = new ArrayList<>();
      for (int k = 0; k < steps; k++) {
        double m = 0;
        double sq = 0;
        for (int s = 0; s < seeds; s++) {
          m += curves[s][k];
        }
        m /= seeds;
        for (int s = 0; s < seeds; s++) {
          sq += (curves[s][k] - m) * (curves[s][k] - m);
        }
        double se = Math.sqrt(sq / (seeds - 1) / seeds);
        center.add(m);
        low.add(m - 1.96 * se);
        high.add(m + 1.96 * se);
      }
      String impl = impls.get(i);
      groups.add(new CurveGroup(impl, stepList, center, low, high, seedCurves));
      List<Double> fl = new ArrayList<>();
      Arrays.stream(finals).forEach(fl::add);
      samples.add(new DistributionPanel.Samples(impl, fl));
      double mean = Arrays.stream(finals).average().orElse(Double.NaN);
      double sd =
          Math.sqrt(Arrays.stream(finals).map(x -> (x - mean) * (x - mean)).sum() / (seeds - 1));
      double hw = 1.96 * sd / Math.sqrt(seeds);
      rows.add(
          new SummaryRow(
              impl,
              task,
              "",
              seeds,
              mean,
              mean - hw,
              mean + hw,
              sd,
              sd / mean,
              mean + 3,
              mean + 1,
              i,
              i == 1 ? 2 : 0));
      boolean stable = hw / mean < 0.02;
      verdicts.add(
          new Verdict(
              impl,
              task,
              stable ? Verdict.Outcome.STABLE : Verdict.Outcome.UNSTABLE,
              "stable if the 95% CI half-width of the mean is at most 2% of |mean|",
              "relative CI half-width",
              hw / mean,
              0.02));
      for (String stat : List.of("IQM", "Median", "Mean", "Optimality gap")) {
        double p = stat.equals("Optimality gap") ? 0.5 - 0.1 * i : 0.5 + 0.15 * i;
        estimates.add(new Estimate(stat, impl, p, p - 0.05, p + 0.06));
      }
      List<Double> tau = new ArrayList<>();
      List<Double> frac = new ArrayList<>();
      List<Double> flo = new ArrayList<>();
      List<Double> fhi = new ArrayList<>();
      for (int t = 0; t <= 100; t++) {
        double x = t * 30.0;
        long above = Arrays.stream(finals).filter(v -> v > x).count();
        double f = (double) above / seeds;
        tau.add(x);
        frac.add(f);
        flo.add(Math.max(0, f - 0.08));
        fhi.add(Math.min(1, f + 0.08));
      }
      profiles.add(new ProfileCurve(impl, tau, frac, flo, fhi));
      List<Double> ns = new ArrayList<>();
      List<Double> ws = new ArrayList<>();
      for (int n = 3; n <= seeds; n += (n < 20 ? 1 : 10)) {
        ns.add((double) n);
        ws.add(2 * 1.96 * sd / Math.sqrt(n));
      }
      widths.add(new SeedsSection.CiWidthCurve(impl, ns, ws));
    }
    List<List<Double>> poi = new ArrayList<>();
    for (int i = 0; i < impls.size(); i++) {
      List<Double> row = new ArrayList<>();
      for (int j = 0; j < impls.size(); j++) {
        row.add(i == j ? Double.NaN : 0.5 + 0.2 * (i - j) / impls.size());
      }
      poi.add(row);
    }
    IntervalSection intervals =
        new IntervalSection(
            "95% stratified bootstrap CI",
            "normalized score",
            estimates,
            new PoiMatrix(impls, poi, null, null),
            new Profiles("final " + metric + " τ", profiles));
    List<SeedsSection.PowerRow> power = new ArrayList<>();
    for (int i = 1; i < impls.size(); i++) {
      power.add(
          new SeedsSection.PowerRow(
              impls.get(i) + " vs " + impls.get(0), 50, seeds, 0.62, 0.8, 2 * seeds));
    }
    SeedsSection seedsSection =
        new SeedsSection(
            "95% CI of the mean", widths, "Welch t-test, two-sided, \u03b1 = 0.05", power);
    ReproSection repro =
        new ReproSection(
            List.of(
                new ReproSection.Entry("java.version", "17.0.15"),
                new ReproSection.Entry("os", "Linux amd64"),
                new ReproSection.Entry("command", "seedscope run --seeds " + seeds + " " + task)),
            new ReproSection.Determinism(
                true, "seed 0 of " + impls.get(0) + " run twice: max |\u0394| = 0"),
            List.of(
                new ReproSection.FailedRun(
                    "r-17",
                    impls.get(0),
                    task,
                    17,
                    "FAILED",
                    "exit code 137",
                    "Traceback (most recent call last):\n  File \"train.py\", line 3\n"
                        + "MemoryError: <oom> & \"bye\"")));
    List<Warning> warnings =
        List.of(
            new Warning(
                "divergent",
                "2 runs of "
                    + impls.get(Math.min(1, impls.size() - 1))
                    + " diverged (NaN return) and are excluded."));
    return new ReportModel(
        "seedscope report: " + String.join(" vs ", impls) + " on " + task,
        "synthetic test data",
        metric,
        "maximize",
        verdicts,
        new SummaryTable("95% t CI of the mean", rows),
        List.of(new DistributionPanel(task, samples)),
        List.of(new CurvePanel(task, "environment steps", "mean", "95% CI", groups)),
        intervals,
        seedsSection,
        configs > 0 ? sensitivity(params, configs, metric, rng) : null,
        repro,
        warnings,
        comparisons(impls, task));
  }

  /** Every implementation against the first, with plausible (not computed) numbers. */
  static io.seedscope.report.model.ComparisonTable comparisons(List<String> impls, String task) {
    List<io.seedscope.report.model.ComparisonTable.Row> rows = new ArrayList<>();
    for (int i = 1; i < impls.size(); i++) {
      rows.add(
          new io.seedscope.report.model.ComparisonTable.Row(
              impls.get(0),
              impls.get(i),
              task,
              false,
              100,
              100,
              12.5 * i,
              4.0 * i,
              21.0 * i,
              0.004,
              "(Welch)",
              0.006,
              0.008,
              0.62,
              0.55,
              0.69,
              0.41,
              0.24));
    }
    return new io.seedscope.report.model.ComparisonTable("95% BCa", "welch", rows);
  }

  static SensitivitySection sensitivity(
      List<String> params, int configs, String metric, UniformRandomProvider rng) {
    List<Importance> fanova = new ArrayList<>();
    List<Importance> anova = new ArrayList<>();
    for (int i = 0; i < params.size(); i++) {
      fanova.add(new Importance(params.get(i), "main", 0.4 / (i + 1), 0.02 + 0.01 * i));
      anova.add(new Importance(params.get(i), "main", 0.35 / (i + 1), Double.NaN));
    }
    for (int i = 0; i + 1 < params.size() && i < 3; i++) {
      fanova.add(
          new Importance(
              params.get(i) + " \u00d7 " + params.get(i + 1), "interaction", 0.05 / (i + 1), 0.01));
    }
    anova.add(new Importance("seed noise", "seed-noise", 0.12, 0.02));
    List<Marginal> marginals = new ArrayList<>();
    for (int i = 0; i < params.size(); i++) {
      String p = params.get(i);
      if (i == 2) {
        marginals.add(
            new Marginal(
                p,
                false,
                List.of("32", "64", "128", "256"),
                List.of(),
                List.of(1500.0, 1600.0, 1580.0, 1400.0),
                List.of(120.0, 90.0, 100.0, 160.0)));
        continue;
      }
      boolean log = i == 0;
      List<Double> x = new ArrayList<>();
      List<Double> mean = new ArrayList<>();
      List<Double> sd = new ArrayList<>();
      for (int k = 0; k < 20; k++) {
        double v = log ? Math.pow(10, -5 + 4.0 * k / 19) : 0.9 + 0.1 * k / 19;
        x.add(v);
        mean.add(1500 - 300 * Math.pow((k - 10) / 10.0, 2) + 30 * (rng.nextDouble() - 0.5));
        sd.add(80 + 40 * rng.nextDouble());
      }
      marginals.add(new Marginal(p, log, List.of(), x, mean, sd));
    }
    List<Interaction> inter = new ArrayList<>();
    for (int i = 0; i + 1 < params.size() && i < 3; i++) {
      List<String> xl = new ArrayList<>();
      List<String> yl = new ArrayList<>();
      for (int k = 0; k < 6; k++) {
        xl.add("b" + k);
        yl.add("c" + k);
      }
      List<List<Double>> grid = new ArrayList<>();
      for (int a = 0; a < 6; a++) {
        List<Double> row = new ArrayList<>();
        for (int b = 0; b < 6; b++) {
          row.add(a == 5 && b == 0 ? Double.NaN : 1000 + 50 * a + 40 * b + 10 * a * b);
        }
        grid.add(row);
      }
      inter.add(new Interaction(params.get(i), params.get(i + 1), xl, yl, grid));
    }
    List<TunabilityRow> tun = new ArrayList<>();
    for (String p : params) {
      tun.add(new TunabilityRow(p, "1", "2", 1400, 1520, 120));
    }
    return new SensitivitySection(
        configs,
        List.of(
            new ImportanceSet(
                "fANOVA (random-forest surrogate)", "share of the surrogate's variance", fanova),
            new ImportanceSet("ANOVA \u03b7\u00b2", "share of the total sum of squares", anova)),
        marginals,
        inter,
        tun);
  }
}
