package io.seedscope.sensitivity.space;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

class SamplersTest {

  private static SearchSpace space(Param... ps) {
    return new SearchSpace(List.of(ps));
  }

  @Test
  void scrambledSobolStratifiesEveryOneDimensionalProjection() {
    int dims = 12;
    OwenScrambledSobol sobol = new OwenScrambledSobol(dims, 42);
    double[][] pts = new double[1024][];
    for (int i = 0; i < pts.length; i++) {
      pts[i] = sobol.next();
    }
    for (int k = 0; k <= 10; k++) {
      int n = 1 << k;
      for (int d = 0; d < dims; d++) {
        boolean[] hit = new boolean[n];
        for (int i = 0; i < n; i++) {
          int bin = (int) Math.floor(pts[i][d] * n);
          assertFalse(hit[bin], "dim " + d + ", n=" + n + ": bin " + bin + " hit twice");
          hit[bin] = true;
        }
      }
    }
  }

  @Test
  void scrambledSobolKeepsTheTwoDimensionalNetProperty() {
    // Dims 1-2 of Sobol form a (0,2)-sequence: the first 2^m points put exactly one point in
    // every elementary box [a/2^q, (a+1)/2^q) x [b/2^(m-q), (b+1)/2^(m-q)).
    OwenScrambledSobol sobol = new OwenScrambledSobol(2, 7);
    int m = 8;
    int n = 1 << m;
    double[][] pts = new double[n][];
    for (int i = 0; i < n; i++) {
      pts[i] = sobol.next();
    }
    for (int q = 0; q <= m; q++) {
      Set<Long> boxes = new HashSet<>();
      for (double[] p : pts) {
        long a = (long) Math.floor(p[0] * (1L << q));
        long b = (long) Math.floor(p[1] * (1L << (m - q)));
        assertTrue(boxes.add(a * n + b), "q=" + q + ": box hit twice");
      }
    }
  }

  @Test
  void scrambledSobolPointsAreUniformAcrossSeedsAndDeterministicPerSeed() {
    // Under Owen's scramble every point is U(0,1)^d; test point index 0 (unscrambled: 0) and
    // index 5 over 1000 seeds with a Kolmogorov-Smirnov test.
    double[] first = new double[1000];
    double[] fifth = new double[1000];
    for (int s = 0; s < first.length; s++) {
      OwenScrambledSobol sobol = new OwenScrambledSobol(3, s);
      first[s] = sobol.next()[2];
      for (int i = 0; i < 4; i++) {
        sobol.next();
      }
      fifth[s] = sobol.next()[1];
    }
    KolmogorovSmirnovTest ks = KolmogorovSmirnovTest.withDefaults();
    assertTrue(ks.test(first, x -> x).getPValue() > 1e-3);
    assertTrue(ks.test(fifth, x -> x).getPValue() > 1e-3);
    assertArrayEquals(new OwenScrambledSobol(3, 9).next(), new OwenScrambledSobol(3, 9).next());
    assertFalse(
        java.util.Arrays.equals(
            new OwenScrambledSobol(3, 9).next(), new OwenScrambledSobol(3, 10).next()));
  }

  @Test
  void sobolConfigsStratifyIntegerAndLogParameters() {
    SearchSpace s =
        space(
            new IntParam("k", 0, 15, false, null, null),
            new FloatParam("lr", 1e-5, 1e-1, true, null, null));
    List<Map<String, String>> draws = new SobolSampler(16, 123).draw(s);
    Set<String> ks = new HashSet<>();
    boolean[] logBins = new boolean[16];
    for (Map<String, String> d : draws) {
      ks.add(d.get("k"));
      double t = (Math.log10(Double.parseDouble(d.get("lr"))) + 5) / 4; // in [0,1)
      int bin = (int) Math.floor(t * 16);
      assertFalse(logBins[bin], "log bin " + bin + " hit twice");
      logBins[bin] = true;
    }
    assertEquals(16, ks.size(), "16 Sobol points must give each of 0..15 once: " + ks);
    assertEquals(draws, new SobolSampler(16, 123).draw(s));
    assertNotEquals(draws, new SobolSampler(16, 124).draw(s));
  }

  @Test
  void randomIntegersAreUniformWithInclusiveBounds() {
    SearchSpace s = space(new IntParam("b", 1, 8, false, null, null));
    long[] counts = new long[8];
    for (Map<String, String> d : new RandomSampler(8000, 5).draw(s)) {
      int b = Integer.parseInt(d.get("b"));
      assertTrue(b >= 1 && b <= 8, "out of bounds: " + b);
      counts[b - 1]++;
    }
    for (long c : counts) {
      assertTrue(c > 0);
    }
    assertTrue(ChiSquareTest.withDefaults().test(counts).getPValue() > 1e-3);
  }

  @Test
  void logIntegersFollowTheDiscretizedLogUniformLaw() {
    SearchSpace s = space(new IntParam("w", 1, 8, true, null, null));
    long[] counts = new long[8];
    int n = 20000;
    for (Map<String, String> d : new RandomSampler(n, 11).draw(s)) {
      counts[Integer.parseInt(d.get("w")) - 1]++;
    }
    double[] expected = new double[8];
    for (int k = 1; k <= 8; k++) {
      expected[k - 1] = Math.log((k + 1.0) / k) / Math.log(9.0);
    }
    assertTrue(ChiSquareTest.withDefaults().test(expected, counts).getPValue() > 1e-3);
    // A plain uniform law must be rejected by the same test (the test has power).
    double[] flat = new double[8];
    java.util.Arrays.fill(flat, 1.0 / 8);
    assertTrue(ChiSquareTest.withDefaults().test(flat, counts).getPValue() < 1e-10);
  }

  @Test
  void logFloatsHaveUniformLogarithm() {
    SearchSpace s = space(new FloatParam("lr", 1e-4, 1e-1, true, null, null));
    List<Map<String, String>> draws = new RandomSampler(3000, 17).draw(s);
    double[] t = new double[draws.size()];
    double[] raw = new double[draws.size()];
    for (int i = 0; i < t.length; i++) {
      double v = Double.parseDouble(draws.get(i).get("lr"));
      assertTrue(v >= 1e-4 && v <= 1e-1);
      raw[i] = (v - 1e-4) / (1e-1 - 1e-4);
      t[i] = (Math.log10(v) + 4) / 3;
    }
    KolmogorovSmirnovTest ks = KolmogorovSmirnovTest.withDefaults();
    assertTrue(ks.test(t, x -> x).getPValue() > 1e-3);
    assertTrue(ks.test(raw, x -> x).getPValue() < 1e-10, "values themselves are not uniform");
  }

  @Test
  void gridCardinalityAndValues() {
    SearchSpace s =
        space(
            new FloatParam("lr", 1e-4, 1e-1, true, 4, null),
            new IntParam("batch", 1, 3, false, null, null),
            new CategoricalParam("opt", List.of("adam", "sgd"), null),
            new FloatParam("mom", 0, 0.9, false, 3, new Condition("opt", List.of("sgd"))));
    assertEquals(List.of("0.0001", "0.001", "0.01", "0.1"), s.get("lr").grid());
    assertEquals(List.of("0", "0.45", "0.9"), s.get("mom").grid());
    assertEquals(
        List.of("1", "10", "100", "1000"), new IntParam("w", 1, 1000, true, 4, null).grid());
    assertEquals(List.of("1", "2", "3"), new IntParam("w", 1, 3, true, 7, null).grid());
    GridSampler grid = new GridSampler();
    List<Map<String, String>> draws = grid.draw(s);
    assertEquals(4 * 3 * (1 + 3), draws.size());
    assertEquals(48, grid.count(s));
    assertEquals(48, new HashSet<>(draws).size());
    for (Map<String, String> d : draws) {
      assertEquals(d.get("opt").equals("sgd"), d.containsKey("mom"));
    }
    SpaceException e =
        assertThrows(
            SpaceException.class,
            () -> grid.draw(space(new FloatParam("g", 0, 1, false, null, null))));
    assertEquals("g", e.path());
    assertThrows(
        SpaceException.class,
        () -> new GridSampler(10).draw(space(new IntParam("a", 1, 20, false, null, null))));
  }

  @Test
  void conditionalChildrenAreDrawnOnlyWhenActive() {
    SearchSpace s =
        space(
            new CategoricalParam("opt", List.of("adam", "sgd"), null),
            new FloatParam("mom", 0, 0.9, false, null, new Condition("opt", List.of("sgd"))));
    int withMomentum = 0;
    for (Map<String, String> d : new RandomSampler(400, 1).draw(s)) {
      assertEquals(d.get("opt").equals("sgd"), d.containsKey("mom"));
      withMomentum += d.containsKey("mom") ? 1 : 0;
    }
    assertTrue(withMomentum > 150 && withMomentum < 250, "about half: " + withMomentum);
  }

  @Test
  void samplerFactoryValidates() {
    assertEquals(new RandomSampler(3, 2), Sampler.of("Random", 3, 2));
    assertThrows(SpaceException.class, () -> Sampler.of("lhs", 3, 2));
    assertThrows(SpaceException.class, () -> Sampler.of("sobol", 0, 2));
    List<String> all = new ArrayList<>();
    new RandomSampler(2, 0)
        .draw(space(new OrdinalParam("o", List.of("s", "m", "l"), null)))
        .forEach(d -> all.add(d.get("o")));
    assertTrue(List.of("s", "m", "l").containsAll(all));
  }
}
