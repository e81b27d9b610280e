package io.seedscope.execute;

/**
 * A test program run as an external process: what it does depends on its seed, so one spec
 * exercises success, failure, a hang, garbage output and divergence.
 *
 * <ul>
 *   <li>seed % 6 == 1: writes to stderr and exits 3
 *   <li>seed % 6 == 2: hangs (for the timeout)
 *   <li>seed % 6 == 3: prints only garbage, no metric
 *   <li>seed % 6 == 4: the metric becomes NaN
 *   <li>otherwise: logs {@code return = seed * 10 + step} for steps 0..4, with noise lines
 * </ul>
 */
public final class FlakyProgram {
  public static void main(String[] args) throws Exception {
    long seed = Long.parseLong(args[0]);
    switch ((int) (seed % 6)) {
      case 1:
        System.err.println("something broke in seed " + seed);
        System.exit(3);
        break;
      case 2:
        Thread.sleep(600_000);
        break;
      case 3:
        System.out.println("{not json");
        System.out.println("[1, 2, 3]");
        System.out.println("{\"return\": \"high\"}");
        break;
      case 4:
        System.out.println("{\"step\": 0, \"return\": 1.0}");
        System.out.println("{\"step\": 1, \"return\": NaN}");
        break;
      default:
        for (int step = 0; step < 5; step++) {
          System.out.println("epoch " + step + " done");
          System.out.println(
              "{\"step\": "
                  + step * 100
                  + ", \"return\": "
                  + (seed * 10 + step)
                  + ", \"loss\": 0.5}");
        }
    }
  }
}
