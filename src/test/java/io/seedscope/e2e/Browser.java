package io.seedscope.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Minimal headless Chromium launcher for the end-to-end tests: one process per page, {@code
 * --dump-dom} or {@code --screenshot}, console lines read from Chromium's stderr log. A trimmed
 * copy of the launch logic in {@code io.seedscope.report.browser.Chromium}, which is
 * package-private there.
 */
final class Browser {
  static final long TIMEOUT_S = 60;

  private Browser() {}

  /** {@code $SEEDSCOPE_CHROMIUM} or /usr/bin/chromium. */
  static Path binary() {
    String env = System.getenv("SEEDSCOPE_CHROMIUM");
    return env != null && !env.isBlank() ? Path.of(env) : Path.of("/usr/bin/chromium");
  }

  /** Skips the calling test, visibly, when there is no browser. */
  static void assumeAvailable() {
    Path b = binary();
    boolean ok = Files.isExecutable(b);
    if (!ok) {
      System.err.println(
          "SKIPPED e2e browser check: no executable "
              + b
              + " (install chromium or set SEEDSCOPE_CHROMIUM)");
    }
    Assumptions.assumeTrue(ok, () -> "no executable " + b + ": browser check skipped");
  }

  /** What one browser run saw: the DOM (dump mode only), console lines, full stderr. */
  record Result(String dom, List<String> console, String stderr, int exit) {}

  static Result dumpDom(Path page) throws IOException, InterruptedException {
    return run(page, List.of("--dump-dom", "--window-size=1280,2000"));
  }

  /** Screenshot of a 1280 x height window into target/e2e-NAME.png. */
  static Result screenshot(Path page, String name, int height)
      throws IOException, InterruptedException {
    Path png = Path.of("target", "e2e-" + name + ".png").toAbsolutePath();
    Files.createDirectories(png.getParent());
    Files.deleteIfExists(png);
    return run(
        page, List.of("--screenshot=" + png, "--window-size=1280," + height, "--hide-scrollbars"));
  }

  private static Result run(Path page, List<String> mode) throws IOException, InterruptedException {
    Path tmp = Files.createTempDirectory("seedscope-e2e-chromium-");
    try {
      List<String> cmd =
          new ArrayList<>(
              List.of(
                  binary().toString(),
                  "--headless",
                  "--no-sandbox",
                  "--disable-gpu",
                  "--disable-background-networking",
                  "--no-first-run",
                  "--disable-quic",
                  "--disable-component-update",
                  "--disable-sync",
                  // Nothing may leave the machine even if the page tried: dead proxy, no DNS.
                  "--host-resolver-rules=MAP * ~NOTFOUND",
                  "--proxy-server=127.0.0.1:9",
                  "--user-data-dir=" + tmp.resolve("profile"),
                  // Copies console messages (and CSP reports) to stderr as INFO:CONSOLE lines.
                  "--enable-logging=stderr",
                  "--v=0"));
      cmd.addAll(mode);
      cmd.add(page.toAbsolutePath().toUri().toString());
      Path out = tmp.resolve("stdout");
      Path err = tmp.resolve("stderr");
      Process p =
          new ProcessBuilder(cmd)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .start();
      if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError("chromium did not finish within " + TIMEOUT_S + " s");
      }
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      List<String> console = new ArrayList<>();
      for (String line : stderr.split("\n")) {
        if (line.contains(":CONSOLE")) {
          console.add(line.substring(line.indexOf(":CONSOLE")));
        }
      }
      return new Result(
          Files.readString(out, StandardCharsets.UTF_8), console, stderr, p.exitValue());
    } finally {
      try (Stream<Path> s = Files.walk(tmp)) {
        for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(f);
        }
      }
    }
  }
}
