package io.seedscope.sensitivity.anova;

import io.seedscope.model.Config;
import io.seedscope.model.InputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.statistics.distribution.FDistribution;

/**
 * Classical fixed-effects ANOVA of a balanced full-factorial grid with replicated seeds (e.g.
 * Montgomery, "Design and Analysis of Experiments", ch. 5). The factors are the configuration
 * entries that take two or more values; every combination of their levels must have been run with
 * the same number n of seeds. Then the decomposition is exact and orthogonal: with cell means m_c,
 * marginal means m_i(a), m_ij(a,b) and grand mean m,
 *
 * <ul>
 *   <li>main effect SS_i = n (C / L_i) sum_a (m_i(a) - m)^2,
 *   <li>pairwise SS_ij = n (C / L_i L_j) sum_ab (m_ij(a,b) - m_i(a) - m_j(b) + m)^2,
 *   <li>higher-order SS = n sum_c (m_c - m - sum_i tau_i - sum_ij tau_ij)^2 (what main and pairwise
 *       effects leave of the cell means),
 *   <li>residual SS = sum (y - m_c)^2 (seed noise), total SS = sum (y - m)^2,
 * </ul>
 *
 * <p>where C is the number of cells and L_i the levels of factor i. Each term's F = (SS/df) /
 * (SS_res/df_res) is referred to F(df, df_res) (Commons Statistics). In a balanced design the type
 * I, II and III sums of squares coincide, so the values equal R's {@code aov(y ~ A*B*C)} with the
 * three-way and higher terms pooled.
 *
 * <p>Unbalanced or incomplete grids are rejected with an {@link InputException} saying which
 * configuration is short, rather than silently switching to a non-orthogonal decomposition whose
 * shares would depend on term order. With {@code trimToBalance}, every configuration is cut to the
 * smallest seed count (keeping the first values given, i.e. the lowest seeds when the caller sorts
 * them), with a warning. Missing configurations cannot be repaired.
 */
public final class FactorialAnova {

  /** Level text of a factor a configuration does not set (a conditional parameter). */
  public static final String ABSENT = "(absent)";

  /** Largest number of cells accepted. */
  public static final int MAX_CELLS = 1_000_000;

  private FactorialAnova() {}

  /** Strict version: rejects unbalanced grids. */
  public static AnovaTable compute(Map<Config, double[]> valuesByConfig) {
    return compute(valuesByConfig, false);
  }

  /**
   * @param valuesByConfig finite metric values (one per seed, in seed order) per configuration
   * @param trimToBalance cut every configuration to the smallest seed count instead of failing
   * @throws InputException when the grid is incomplete, unbalanced (and not trimmed) or has no
   *     varying factor
   */
  public static AnovaTable compute(Map<Config, double[]> valuesByConfig, boolean trimToBalance) {
    List<String> warnings = new ArrayList<>();
    TreeMap<String, TreeSet<String>> seen = new TreeMap<>();
    for (Config c : valuesByConfig.keySet()) {
      c.values().keySet().forEach(k -> seen.putIfAbsent(k, new TreeSet<>()));
    }
    for (Config c : valuesByConfig.keySet()) {
      for (Map.Entry<String, TreeSet<String>> e : seen.entrySet()) {
        String v = c.get(e.getKey());
        e.getValue().add(v == null ? ABSENT : v);
      }
    }
    List<String> factors = new ArrayList<>();
    Map<String, List<String>> levels = new LinkedHashMap<>();
    for (Map.Entry<String, TreeSet<String>> e : seen.entrySet()) {
      if (e.getValue().size() >= 2) {
        factors.add(e.getKey());
        List<String> lv = new ArrayList<>(e.getValue());
        lv.sort(LEVEL_ORDER);
        levels.put(e.getKey(), lv);
      }
    }
    int m = factors.size();
    if (m == 0) {
      throw new InputException("ANOVA needs configurations that differ in at least one parameter");
    }
    int[] nLevels = new int[m];
    long cells = 1;
    for (int i = 0; i < m; i++) {
      nLevels[i] = levels.get(factors.get(i)).size();
      cells *= nLevels[i];
      if (cells > MAX_CELLS) {
        throw new InputException("ANOVA grid has more than " + MAX_CELLS + " cells");
      }
    }
    int nCells = (int) cells;
    double[][] byCell = new double[nCells][];
    for (Map.Entry<Config, double[]> e : valuesByConfig.entrySet()) {
      if (e.getValue().length == 0) {
        continue;
      }
      for (double v : e.getValue()) {
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException(
              "non-finite value for " + e.getKey().canonical() + "; leave divergent runs out");
        }
      }
      byCell[cellIndex(e.getKey(), factors, levels)] = e.getValue();
    }
    int missing = 0;
    int firstMissing = -1;
    int minN = Integer.MAX_VALUE;
    int maxN = 0;
    int argMin = -1;
    for (int c = 0; c < nCells; c++) {
      if (byCell[c] == null) {
        missing++;
        firstMissing = firstMissing < 0 ? c : firstMissing;
        continue;
      }
      if (byCell[c].length < minN) {
        minN = byCell[c].length;
        argMin = c;
      }
      maxN = Math.max(maxN, byCell[c].length);
    }
    if (missing > 0) {
      throw new InputException(
          "ANOVA needs a full factorial grid: "
              + missing
              + " of "
              + nCells
              + " level combinations have no runs (e.g. "
              + label(firstMissing, factors, levels, nLevels)
              + ")");
    }
    if (minN != maxN) {
      String what =
          "configurations have "
              + minN
              + " to "
              + maxN
              + " seeds ("
              + label(argMin, factors, levels, nLevels)
              + " has "
              + minN
              + ")";
      if (!trimToBalance) {
        throw new InputException(
            "ANOVA needs the same number of seeds in every configuration: "
                + what
                + "; rerun the missing seeds or trim to the smallest count");
      }
      warnings.add(what + "; each cut to the first " + minN + " for a balanced ANOVA");
      for (int c = 0; c < nCells; c++) {
        byCell[c] = Arrays.copyOf(byCell[c], minN);
      }
    }
    return decompose(factors, levels, nLevels, byCell, minN, warnings);
  }

  private static AnovaTable decompose(
      List<String> factors,
      Map<String, List<String>> levels,
      int[] nLevels,
      double[][] byCell,
      int n,
      List<String> warnings) {
    int m = factors.size();
    int nCells = byCell.length;
    int[] stride = strides(nLevels);
    double[] cellMean = new double[nCells];
    double grand = 0;
    for (int c = 0; c < nCells; c++) {
      cellMean[c] = mean(byCell[c]);
      grand += cellMean[c];
    }
    grand /= nCells;
    double residualSs = 0;
    double totalSs = 0;
    for (int c = 0; c < nCells; c++) {
      for (double v : byCell[c]) {
        residualSs += (v - cellMean[c]) * (v - cellMean[c]);
        totalSs += (v - grand) * (v - grand);
      }
    }
    // Main effects tau_i(a) = m_i(a) - m.
    double[][] tau = new double[m][];
    for (int i = 0; i < m; i++) {
      tau[i] = new double[nLevels[i]];
      for (int c = 0; c < nCells; c++) {
        tau[i][level(c, i, stride, nLevels)] += cellMean[c];
      }
      for (int a = 0; a < nLevels[i]; a++) {
        tau[i][a] = tau[i][a] / (nCells / nLevels[i]) - grand;
      }
    }
    // Pairwise effects tau_ij(a,b) = m_ij(a,b) - m_i(a) - m_j(b) + m.
    double[][][] tau2 = new double[m][m][];
    for (int i = 0; i < m; i++) {
      for (int j = i + 1; j < m; j++) {
        double[] t = new double[nLevels[i] * nLevels[j]];
        for (int c = 0; c < nCells; c++) {
          t[level(c, i, stride, nLevels) * nLevels[j] + level(c, j, stride, nLevels)] +=
              cellMean[c];
        }
        int per = nCells / (nLevels[i] * nLevels[j]);
        for (int a = 0; a < nLevels[i]; a++) {
          for (int b = 0; b < nLevels[j]; b++) {
            int k = a * nLevels[j] + b;
            t[k] = t[k] / per - grand - tau[i][a] - tau[j][b];
          }
        }
        tau2[i][j] = t;
      }
    }
    int dfRes = nCells * (n - 1);
    double msRes = dfRes > 0 ? residualSs / dfRes : Double.NaN;
    boolean testable = dfRes > 0 && msRes > 0;
    if (dfRes == 0) {
      warnings.add("one seed per configuration: no residual variance, so no F-tests");
    } else if (!testable) {
      warnings.add("all seeds of every configuration gave identical values: no F-tests");
    }
    List<AnovaTerm> effects = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      double ss = 0;
      for (double t : tau[i]) {
        ss += t * t;
      }
      ss *= (double) n * (nCells / nLevels[i]);
      effects.add(
          term(
              factors.get(i),
              List.of(factors.get(i)),
              ss,
              nLevels[i] - 1,
              totalSs,
              msRes,
              dfRes,
              testable));
    }
    for (int i = 0; i < m; i++) {
      for (int j = i + 1; j < m; j++) {
        double ss = 0;
        for (double t : tau2[i][j]) {
          ss += t * t;
        }
        ss *= (double) n * (nCells / (nLevels[i] * nLevels[j]));
        String name = factors.get(i) + ":" + factors.get(j);
        effects.add(
            term(
                name,
                List.of(factors.get(i), factors.get(j)),
                ss,
                (nLevels[i] - 1) * (nLevels[j] - 1),
                totalSs,
                msRes,
                dfRes,
                testable));
      }
    }
    AnovaTerm higher = null;
    if (m >= 3) {
      double ss = 0;
      for (int c = 0; c < nCells; c++) {
        double fitted = grand;
        for (int i = 0; i < m; i++) {
          int a = level(c, i, stride, nLevels);
          fitted += tau[i][a];
          for (int j = i + 1; j < m; j++) {
            fitted += tau2[i][j][a * nLevels[j] + level(c, j, stride, nLevels)];
          }
        }
        ss += (cellMean[c] - fitted) * (cellMean[c] - fitted);
      }
      ss *= n;
      int df = nCells - 1;
      for (AnovaTerm t : effects) {
        df -= t.df();
      }
      higher = term("higher-order", List.of(), ss, df, totalSs, msRes, dfRes, testable);
    }
    AnovaTerm residual =
        new AnovaTerm(
            "residual",
            List.of(),
            residualSs,
            dfRes,
            dfRes > 0 ? msRes : null,
            share(residualSs, totalSs),
            null,
            null);
    return new AnovaTable(
        factors, levels, n, effects, higher, residual, totalSs, nCells * n - 1, warnings);
  }

  private static AnovaTerm term(
      String name,
      List<String> factors,
      double ss,
      int df,
      double totalSs,
      double msRes,
      int dfRes,
      boolean testable) {
    double ms = ss / df;
    Double f = null;
    Double p = null;
    if (testable) {
      f = ms / msRes;
      p = FDistribution.of(df, dfRes).survivalProbability(f);
    }
    return new AnovaTerm(name, factors, ss, df, ms, share(ss, totalSs), f, p);
  }

  /** Eta squared; a constant metric has no variance to share out, so 0 / 0 stays undefined. */
  private static double share(double ss, double totalSs) {
    return totalSs > 0 ? ss / totalSs : Double.NaN;
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }

  private static int[] strides(int[] nLevels) {
    int[] stride = new int[nLevels.length];
    int s = 1;
    for (int i = nLevels.length - 1; i >= 0; i--) {
      stride[i] = s;
      s *= nLevels[i];
    }
    return stride;
  }

  private static int level(int cell, int factor, int[] stride, int[] nLevels) {
    return (cell / stride[factor]) % nLevels[factor];
  }

  private static int cellIndex(Config c, List<String> factors, Map<String, List<String>> levels) {
    int idx = 0;
    for (String f : factors) {
      List<String> lv = levels.get(f);
      String v = c.get(f);
      idx = idx * lv.size() + lv.indexOf(v == null ? ABSENT : v);
    }
    return idx;
  }

  private static String label(
      int cell, List<String> factors, Map<String, List<String>> levels, int[] nLevels) {
    int[] stride = strides(nLevels);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < factors.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(factors.get(i))
          .append('=')
          .append(levels.get(factors.get(i)).get(level(cell, i, stride, nLevels)));
    }
    return sb.toString();
  }

  /** Numbers in numeric order before text; text in natural order. */
  private static final Comparator<String> LEVEL_ORDER =
      (a, b) -> {
        Double x = number(a);
        Double y = number(b);
        if (x != null && y != null) {
          int c = Double.compare(x, y);
          return c != 0 ? c : a.compareTo(b);
        }
        if (x != null || y != null) {
          return x != null ? -1 : 1;
        }
        return a.compareTo(b);
      };

  private static Double number(String s) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
