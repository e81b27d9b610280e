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

  /**
   * A class path that runs seedscope's classes in a child JVM ({@code -cp "{jar}"}): the shaded jar
   * when seedscope runs from it; otherwise (tests, an IDE) this JVM's whole class path, made
   * absolute because children run in their own run directories.
   */
  static String jarPath() {
    try {
      Path self =
          Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI())
              .toAbsolutePath();
      if (!java.nio.file.Files.isDirectory(self)) {
        return self.toString();
      }
    } catch (URISyntaxException | SecurityException e) {
      // fall back to the class path below
    }
    java.util.List<String> entries = new java.util.ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (!entry.isEmpty()) {
        entries.add(Path.of(entry).toAbsolutePath().toString());
      }
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  /** The java executable of this JVM, so child JVMs match the harness's Java. */
  static String javaPath() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
