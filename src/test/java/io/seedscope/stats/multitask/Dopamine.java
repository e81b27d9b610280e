package io.seedscope.stats.multitask;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** Loads the Dopamine fixture (final return of 5 runs x 6 agents x 60 Atari games). */
final class Dopamine {
  private Dopamine() {}

  /** agent -> game -> runs, games sorted by name, runs by run index. */
  static Map<String, Map<String, double[]>> finalReturns() {
    Map<String, Map<String, double[]>> out = new TreeMap<>();
    try (InputStream in = Dopamine.class.getResourceAsStream("/multitask/final_returns.csv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine();
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split(",");
        double[] runs =
            out.computeIfAbsent(f[1], a -> new TreeMap<>())
                .computeIfAbsent(f[0], g -> new double[5]);
        runs[Integer.parseInt(f[2])] = Double.parseDouble(f[4]);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  static ScoreMatrix normalized() {
    ScoreMatrix raw = ScoreMatrix.of(finalReturns());
    return Normalization.minMax(raw, Normalization.observedRanges(raw));
  }
}
