package io.seedscope.report.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Drives headless Chromium from tests, without new dependencies: one process per page, either
 * {@code --dump-dom} (the DOM after load, on stdout) or {@code --screenshot}.
 *
 * <p>What it observes, and the limits:
 *
 * <ul>
 *   <li>Console messages: with {@code --enable-logging=stderr --v=0} Chromium copies every console
 *       message (including CSP violation reports) to stderr as {@code INFO:CONSOLE} lines. Only the
 *       message text is available, not a structured level; any console line counts as a failure.
 *   <li>Network: {@code --log-net-log} writes Chromium's NetLog. A request made by the page carries
 *       the page's network isolation key ({@code file://}); Chromium's own background requests
 *       (update checks, sign-in) do not, so they are told apart. In addition every request is
 *       routed to a dead proxy on 127.0.0.1 and every host name resolves to nothing, so no packet
 *       leaves the machine even if the page or the browser tries.
 *   <li>The screenshot covers the window only ({@code --window-size}); the caller picks a height
 *       that fits the page. Headless Chromium caps very tall windows (about 16,000 px).
 *   <li>The DevTools protocol ({@code --remote-debugging-pipe}) would give structured console and
 *       network events but needs file descriptors 3 and 4, which {@link ProcessBuilder} cannot
 *       pass; it is not used.
 * </ul>
 */
public final class Chromium {
  static final Path DEFAULT = Path.of("/usr/bin/chromium");
  static final long TIMEOUT_S = 60;

  private Chromium() {}

  /** The browser binary: {@code $SEEDSCOPE_CHROMIUM} or /usr/bin/chromium. */
  public static Path binary() {
    String env = System.getenv("SEEDSCOPE_CHROMIUM");
    return env != null && !env.isBlank() ? Path.of(env) : DEFAULT;
  }

  /** Skips the calling test, with a visible message, when there is no browser. */
  public static void assumeAvailable() {
    Path b = binary();
    boolean ok = Files.isExecutable(b);
    if (!ok) {
      System.err.println(
          "SKIPPED browser test: no executable "
              + b
              + " (install chromium or set SEEDSCOPE_CHROMIUM)");
    }
    Assumptions.assumeTrue(
        ok,
        () ->
            "no executable "
                + b
                + " (install chromium or set SEEDSCOPE_CHROMIUM): browser test skipped");
  }

  /** What one browser run saw. */
  public record Result(
      String dom, List<String> console, List<String> pageRequests, String stderr, int exit) {}

  /** Loads {@code page} and returns the DOM after load. */
  public static Result dumpDom(Path page) throws IOException, InterruptedException {
    return run(page, List.of("--dump-dom", "--window-size=1280,2000"));
  }

  /** Loads {@code page} and writes a screenshot of a 1280 x {@code height} window. */
  public static Result screenshot(Path page, Path png, int height)
      throws IOException, InterruptedException {
    Files.createDirectories(png.toAbsolutePath().getParent());
    Files.deleteIfExists(png);
    return run(
        page,
        List.of(
            "--screenshot=" + png.toAbsolutePath(),
            "--window-size=1280," + height,
            "--hide-scrollbars"));
  }

  private static Result run(Path page, List<String> mode) throws IOException, InterruptedException {
    Path tmp = Files.createTempDirectory("seedscope-chromium-");
    try {
      Path netlog = tmp.resolve("netlog.json");
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
                  "--disable-extensions",
                  "--disable-default-apps",
                  "--no-default-browser-check",
                  "--disable-features=MediaRouter,OptimizationHints,Translate,NetworkTimeServiceQuerying",
                  "--host-resolver-rules=MAP * ~NOTFOUND",
                  "--proxy-server=127.0.0.1:9",
                  "--user-data-dir=" + tmp.resolve("profile"),
                  "--enable-logging=stderr",
                  "--v=0",
                  "--log-net-log=" + netlog));
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
      return new Result(
          Files.readString(out, StandardCharsets.UTF_8),
          console(stderr),
          pageRequests(netlog, page.toAbsolutePath().toUri().toString()),
          stderr,
          p.exitValue());
    } finally {
      deleteTree(tmp);
    }
  }

  /** Console lines from Chromium's stderr log ({@code INFO:CONSOLE:1] "text", source: ...}). */
  public static List<String> console(String stderr) {
    List<String> out = new ArrayList<>();
    for (String line : stderr.split("\n")) {
      if (line.contains(":CONSOLE")) {
        out.add(line.substring(line.indexOf(":CONSOLE")));
      }
    }
    return out;
  }

  /** URLs of requests the page itself started, read from the NetLog. */
  public static List<String> pageRequests(Path netlog, String self) throws IOException {
    List<String> urls = new ArrayList<>();
    if (!Files.exists(netlog)) {
      throw new AssertionError("chromium wrote no NetLog");
    }
    JsonNode root = new ObjectMapper().readTree(netlog.toFile());
    Map<Integer, String> types = new HashMap<>();
    root.path("constants")
        .path("logEventTypes")
        .fields()
        .forEachRemaining(e -> types.put(e.getValue().asInt(), e.getKey()));
    for (JsonNode ev : root.path("events")) {
      JsonNode params = ev.path("params");
      if (!"URL_REQUEST_START_JOB".equals(types.get(ev.path("type").asInt()))) {
        continue;
      }
      String nik = params.path("network_isolation_key").asText("");
      String initiator = params.path("initiator").asText("");
      String url = params.path("url").asText();
      if ((nik.contains("file://") || initiator.startsWith("file:")) && !url.equals(self)) {
        urls.add(url);
      }
    }
    return urls;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    }
  }
}
