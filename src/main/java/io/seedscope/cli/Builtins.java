package io.seedscope.cli;

import io.seedscope.spec.Spec;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Values of the run-independent placeholders: {@code {jar}}, {@code {java}}, {@code {spec_dir}}.
 */
final class Builtins {
  private Builtins() {}

  static Map<String, String> of(Spec spec) {
    return Map.of(
        "jar", jarPath(),
        "java", javaPath(),
        "spec_dir", spec.specDir().toString());
  }

  /** The seedscope jar (or classes directory) this JVM runs from, usable with {@code -cp}. */
  static String jarPath() {
    try {
      return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toAbsolutePath()
          .toString();
    } catch (URISyntaxException | SecurityException e) {
      return "seedscope.jar";
    }
  }

  /** The java executable of this JVM, so child JVMs match the harness's Java. */
  static String javaPath() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
