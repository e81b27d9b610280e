package io.seedscope.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.InputException;
import io.seedscope.model.ResultSet;
import io.seedscope.model.RunLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sb3ReaderTest {
  static final Path LOGS = Paths.get("src/test/resources/ingest/sb3/logs");

  @TempDir Path dir;

  private static RunLog run(ImportResult r, String impl, long seed) {
    return r.runs().stream()
        .filter(l -> l.key().implementation().equals(impl) && l.seed() == seed)
        .findFirst()
        .orElseThrow();
  }

  /** The finite, logged points of a metric. */
  private static double[] logged(RunLog log, String metric) {
    return Arrays.stream(log.metrics().get(metric)).filter(v -> !ResultSet.isMissing(v)).toArray();
  }

  private static long[] loggedSteps(RunLog log, String metric) {
    double[] all = log.metrics().get(metric);
    return java.util.stream.IntStream.range(0, all.length)
        .filter(i -> !ResultSet.isMissing(all[i]))
        .mapToLong(i -> log.steps()[i])
        .toArray();
  }

  @Test
  void readsMonitorAndProgressWithAPathPattern() {
    assertEquals(Format.SB3, Importers.detect(LOGS));
    ImportResult r =
        Importers.read(
            LOGS, ImportOptions.defaults().withPathPattern("logs/{implementation}/seed_{seed}/"));
    assertEquals(Format.SB3, r.format());
    assertEquals(3, r.runs().size());
    assertTrue(r.warnings().isEmpty(), r.warnings().toString());

    RunLog ppo1 = run(r, "ppo", 1);
    assertEquals("CartPole-v1", ppo1.key().task(), "task from the monitor's env_id");
    // Episode lengths 22, 14, 35, 61 -> cumulative steps.
    assertArrayEquals(new long[] {22, 36, 71, 132}, loggedSteps(ppo1, "return"));
    assertArrayEquals(new double[] {22, 14, 35, 61}, logged(ppo1, "return"));
    assertArrayEquals(new long[] {2048, 4096, 6144}, loggedSteps(ppo1, "rollout/ep_rew_mean"));
    assertArrayEquals(new double[] {22.5, 27.1, 35.8}, logged(ppo1, "rollout/ep_rew_mean"));
    // The first dump had no train/ values: they start at 4096.
    assertArrayEquals(new long[] {4096, 6144}, loggedSteps(ppo1, "train/loss"));
    assertArrayEquals(new long[] {22, 36, 71, 132, 2048, 4096, 6144}, ppo1.steps());

    // Two monitor files of a vectorised env: merged by t_start + t, then lengths summed.
    RunLog ppo2 = run(r, "ppo", 2);
    assertArrayEquals(new long[] {10, 22, 52}, ppo2.steps());
    assertArrayEquals(new double[] {10, 12, 30}, ppo2.metrics().get("return"));

    RunLog a2c = run(r, "a2c", 1);
    assertEquals("default", a2c.key().task());
    assertArrayEquals(new long[] {500, 1000}, a2c.steps());
    assertTrue(r.metricNames().contains("train/policy_loss"));
    assertTrue(r.metricNames().contains("return"));
    assertEquals(2, r.summary().implementations().size());
  }

  @Test
  void guessesNamesWithoutAPatternAndSaysSo() {
    ImportResult r = Importers.read(LOGS.resolve("ppo"));
    assertEquals(2, r.runs().size());
    assertEquals("ppo", r.runs().get(0).key().implementation());
    assertEquals(1, r.runs().get(0).seed());
    assertTrue(r.warnings().get(0).startsWith("no --pattern"), r.warnings().toString());
  }

  @Test
  void readsASingleMonitorFile() {
    ImportResult r = Importers.read(LOGS.resolve("ppo/seed_1/monitor.csv"));
    assertEquals(Format.SB3, r.format());
    assertEquals(1, r.runs().size());
    assertEquals(1, r.runs().get(0).seed());
    // The example names the run directory, though it is the directory the user named.
    assertTrue(
        r.warnings().get(0).contains("(e.g. seed_1 -> implementation"), r.warnings().toString());
  }

  /**
   * A file named without a directory ("analyze monitor.csv" where it lies) has no parent path; the
   * run is the working directory. The build runs in the project directory, so pom.xml is such a
   * file, in a directory whose name has no seed: an input error, not a crash.
   */
  @Test
  void fileNamedWithoutADirectory() {
    Path bare = Path.of("pom.xml");
    assertTrue(Files.isRegularFile(bare) && bare.getParent() == null);
    InputException e =
        assertThrows(
            InputException.class,
            () -> Importers.read(bare, ImportOptions.defaults().withFormat(Format.SB3)));
    assertTrue(e.getMessage().contains("cannot tell the seed of this run"), e.getMessage());
  }

  private String error(String monitor, String progress) throws IOException {
    Path run = dir.resolve("logs/ppo/seed_0");
    Files.createDirectories(run);
    if (monitor != null) {
      Files.writeString(run.resolve("monitor.csv"), monitor);
    }
    if (progress != null) {
      Files.writeString(run.resolve("progress.csv"), progress);
    }
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                Importers.read(
                    dir.resolve("logs"), ImportOptions.defaults().withFormat(Format.SB3)));
    return e.getMessage().replace(run.toString(), "RUN");
  }

  @Test
  void malformedMonitor() throws IOException {
    assertEquals(
        "RUN/monitor.csv:2: no 'l' column in this monitor file; columns: r, t",
        error("#{\"t_start\": 1.0}\nr,t\n1,2\n", null));
    assertEquals(
        "RUN/monitor.csv:4:1: column 'r': 'x' is not a number",
        error("#{\"t_start\": 1.0}\nr,l,t\n1,2,0.1\nx,2,0.2\n", null));
    assertEquals(
        "RUN/monitor.csv:3:2: column 'l': '2.5' is not an episode length",
        error("#{\"t_start\": 1.0}\nr,l,t\n1,2.5,0.1\n", null));
    assertEquals("RUN/monitor.csv: file is empty", error("", null));
    assertEquals(
        "RUN/monitor.csv:1:2: the #{...} header is not JSON", error("#{t_start: \nr,l,t\n", null));
  }

  @Test
  void malformedProgress() throws IOException {
    assertEquals(
        "RUN/progress.csv:1: no 'time/total_timesteps' column; columns: a, b",
        error(null, "a,b\n1,2\n"));
    assertEquals(
        "RUN/progress.csv:3:1: column 'a': 'oops' is not a number",
        error(null, "a,time/total_timesteps\n1,100\noops,200\n"));
    assertEquals(
        "RUN/progress.csv:3: duplicate step 100 of 'a' for run ppo/seed_0 (also at line 2)",
        error(null, "a,time/total_timesteps\n1,100\n2,100\n"));
    assertEquals(
        "RUN/progress.csv:3: mixed separators: the header uses comma but this row uses semicolon",
        error(null, "a,time/total_timesteps\n1,100\n2;200\n"));
  }

  @Test
  void patternThatMatchesNothing() {
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                Importers.read(
                    LOGS,
                    ImportOptions.defaults().withPathPattern("runs/{implementation}/s{seed}")));
    assertTrue(e.getMessage().contains("no file matches --pattern"), e.getMessage());
  }
}
