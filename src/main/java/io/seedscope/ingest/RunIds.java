package io.seedscope.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Stable run ids derived from a run's content, for formats that name no run. */
final class RunIds {
  private RunIds() {}

  /** First 12 hex digits of SHA-256 of the parts joined by {@code |}. */
  static String derive(String... parts) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
    byte[] digest = sha.digest(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
    StringBuilder sb = new StringBuilder(12);
    for (int i = 0; i < 6; i++) {
      sb.append(Character.forDigit((digest[i] >> 4) & 0xf, 16));
      sb.append(Character.forDigit(digest[i] & 0xf, 16));
    }
    return sb.toString();
  }
}
