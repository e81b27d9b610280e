package io.seedscope.execute;

/** Prints the seedscope-related environment and a metric line (test program). */
public final class EnvProgram {
  public static void main(String[] args) {
    for (String k :
        new String[] {"SEEDSCOPE_SEED", "SEEDSCOPE_RUN_DIR", "EXTRA", "CUDA_VISIBLE_DEVICES"}) {
      System.out.println(k + "=" + System.getenv(k));
    }
    System.out.println("{\"return\": 1}");
  }
}
