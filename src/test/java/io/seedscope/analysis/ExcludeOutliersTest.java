package io.seedscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedscope.model.Config;
import io.seedscope.model.CurveAggregate;
import io.seedscope.model.Goal;
import io.seedscope.model.GroupKey;
import io.seedscope.model.ResultSet;
import io.seedscope.model.RunLog;
import io.seedscope.model.RunStatus;
import io.seedscope.stats.IntervalMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code --exclude-outliers} leaves an outlying seed out of every statistic, paired comparisons
 * included: the analysis equals that of the same data without the seed's runs, while the counts
 * still see them.
 */
class ExcludeOutliersTest {
  private static final GroupKey A = new GroupKey("a", "t", Config.EMPTY);
  private static final GroupKey B = new GroupKey("b", "t", Config.EMPTY);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static RunLog log(String id, GroupKey key, long seed, double value) {
    return new RunLog(
        id, key, seed, RunStatus.OK, "", null, Map.of("return", new double[] {value}));
  }

  /** Seeds 0..9 of a and b; a's seed 9 ran twice and is far off (both repeats) when wild. */
  private static List<RunLog> logs(boolean withWildSeed) {
    List<RunLog> logs = new ArrayList<>();
    for (long s = 0; s < 10; s++) {
      double base = 100 + 3 * Math.sin(s);
      if (s < 9) {
        logs.add(log("a" + s, A, s, base));
      } else if (withWildSeed) {
        logs.add(log("a9r0", A, s, -400));
        logs.add(log("a9r1", A, s, -410));
      }
      logs.add(log("b" + s, B, s, base + 1 + 0.5 * Math.cos(s)));
    }
    return logs;
  }

  private static Analysis analyze(List<RunLog> logs, boolean exclude, boolean paired) {
    ResultSet rs = ResultSet.of(logs, "return", Goal.MAXIMIZE, CurveAggregate.LAST, List.of());
    return new Analyzer(
            new AnalysisSettings(0.95, 2000, 0, IntervalMethod.BCA, exclude, 3.5, 0.0),
            new ComparisonSettings(null, null, null, paired, "welch", Set.of(), null),
            1,
            List.of())
        .analyze(rs);
  }

  @Test
  void anOutlyingSeedLeavesEveryStatisticPairedComparisonsIncluded() throws Exception {
    for (boolean paired : new boolean[] {false, true}) {
      Analysis excluded = analyze(logs(true), true, paired);
      Analysis without = analyze(logs(false), false, paired);
      Analysis kept = analyze(logs(true), false, paired);
      assertEquals(1, excluded.reproducibility().outliers().size());
      assertEquals(List.of("a9r0", "a9r1"), excluded.reproducibility().outliers().get(0).runIds());
      assertEquals(
          JSON.writeValueAsString(without.comparisons()),
          JSON.writeValueAsString(excluded.comparisons()),
          "paired=" + paired);
      assertNotEquals(
          JSON.writeValueAsString(kept.comparisons()),
          JSON.writeValueAsString(excluded.comparisons()));
      assertEquals(9, excluded.groups().get(0).n());
      assertEquals(without.groups().get(0).mean(), excluded.groups().get(0).mean());
      // The runs are still counted, and the analysis says why they are missing.
      assertEquals(21, excluded.counts().runs());
      assertTrue(
          excluded.warnings().stream()
              .anyMatch(w -> w.startsWith("1 outlying seed(s) (2 run(s)) are left out")),
          excluded.warnings().toString());
    }
  }
}
