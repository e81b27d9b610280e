package io.seedscope.plan;

import io.seedscope.model.Config;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Content-derived run ids: the first 16 hex digits of SHA-256 over the implementation's name and
 * definition, the task, the canonical configuration, the seed and the repeat index. The same spec
 * yields the same ids on every machine, so a resumed or re-planned experiment recognises its
 * finished runs; changing what a run would do (its command, a parameter) changes its id.
 */
public final class RunIds {
  private RunIds() {}

  public static String of(
      String implementation, String definition, String task, Config config, long seed, int repeat) {
    StringBuilder sb = new StringBuilder(128);
    sb.append("seedscope-run-v1\n")
        .append(implementation)
        .append('\n')
        .append(definition)
        .append('\n')
        .append(task)
        .append('\n')
        .append(config.canonical())
        .append('\n')
        .append(seed);
    if (repeat > 0) {
      sb.append("\nrepeat=").append(repeat);
    }
    return hex16(sb.toString());
  }

  /** First 16 hex digits of the SHA-256 of the UTF-8 text. */
  public static String hex16(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
