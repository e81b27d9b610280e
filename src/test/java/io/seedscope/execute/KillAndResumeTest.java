package io.seedscope.execute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.cli.Main;
import io.seedscope.model.RunStatus;
import io.seedscope.store.RunRecord;
import io.seedscope.store.RunStore;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the harness (SIGKILL, then SIGTERM) in the middle of an experiment and checks that no
 * finished run is lost, damaged or run again when the experiment is resumed.
 */
class KillAndResumeTest {
  @TempDir Path dir;

  private Path spec(int seeds) throws Exception {
    Path spec = dir.resolve("slow.yaml");
    Files.writeString(
        spec,
        String.join(
            "\n",
            "name: slow",
            "metric: return",
            "seeds: {count: " + seeds + "}",
            "config: {millis: 240}",
            "implementations:",
            "  slow: {java: io.seedscope.execute.SlowExperiment}",
            "run: {workers: 2}",
            ""),
        StandardCharsets.UTF_8);
    return spec;
  }

  private Process startHarness(Path spec, Path out) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "run",
            spec.toString(),
            "--out",
            out.toString(),
            "--no-report");
    pb.redirectErrorStream(true);
    pb.redirectOutput(dir.resolve("harness.log").toFile());
    return pb.start();
  }

  private static int waitForRecords(Path out, int atLeast) throws Exception {
    Path records = out.resolve("records");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      File[] files = records.toFile().listFiles((d, n) -> n.endsWith(".json"));
      if (files != null && files.length >= atLeast) {
        return files.length;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the harness wrote fewer than " + atLeast + " records in 60 s");
  }

  private static Map<String, byte[]> snapshot(Path out) throws Exception {
    Map<String, byte[]> bytes = new TreeMap<>();
    try (var files = Files.list(out.resolve("records"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        bytes.put(f.getFileName().toString(), Files.readAllBytes(f));
      }
    }
    return bytes;
  }

  @Test
  void sigkillLosesNothingAndResumeRunsOnlyTheRest() throws Exception {
    Path spec = spec(24);
    Path out = dir.resolve("out");
    Process harness = startHarness(spec, out);
    waitForRecords(out, 5);
    harness.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
    assertTrue(harness.waitFor(30, TimeUnit.SECONDS));

    RunStore store = new RunStore(out);
    RunStore.Loaded before = store.load();
    assertEquals(List.of(), before.corrupted(), "a killed harness leaves no damaged record");
    int done = before.records().size();
    assertTrue(done >= 5 && done < 24, "killed in the middle: " + done);
    Map<String, byte[]> snapshot = snapshot(out);

    assertEquals(
        0,
        Main.execute("run", spec.toString(), "--out", out.toString(), "--resume", "--no-report"));
    RunStore.Loaded after = store.load();
    assertEquals(24, after.records().size());
    assertTrue(after.records().values().stream().allMatch(r -> r.status() == RunStatus.OK));
    Map<String, byte[]> now = snapshot(out);
    snapshot.forEach(
        (name, bytes) ->
            assertTrue(
                java.util.Arrays.equals(bytes, now.get(name)),
                name + " was rewritten: a finished run ran again"));

    // A second resume has nothing left to do and changes nothing.
    assertEquals(
        0,
        Main.execute("run", spec.toString(), "--out", out.toString(), "--resume", "--no-report"));
    Map<String, byte[]> again = snapshot(out);
    assertEquals(now.keySet(), again.keySet());
  }

  @Test
  void sigtermRecordsRunningRunsAsCancelledAndResumeRedoesThem() throws Exception {
    Path spec = spec(24);
    Path out = dir.resolve("out");
    Process harness = startHarness(spec, out);
    waitForRecords(out, 3);
    harness.destroy(); // SIGTERM: the shutdown hook stops the runs cleanly
    assertTrue(harness.waitFor(30, TimeUnit.SECONDS));
    assertEquals(143, harness.exitValue(), "128 + SIGTERM, as the README documents");
    RunStore store = new RunStore(out);
    RunStore.Loaded before = store.load();
    assertEquals(List.of(), before.corrupted());
    long cancelled =
        before.records().values().stream().filter(r -> r.status() == RunStatus.CANCELLED).count();
    assertTrue(
        cancelled >= 1,
        "the runs in flight are recorded as cancelled: "
            + Files.readString(dir.resolve("harness.log")));
    assertTrue(before.records().size() < 24);

    assertEquals(
        0,
        Main.execute("run", spec.toString(), "--out", out.toString(), "--resume", "--no-report"));
    RunStore.Loaded after = store.load();
    assertEquals(24, after.records().size());
    for (RunRecord r : after.records().values()) {
      assertEquals(RunStatus.OK, r.status(), r.runId());
    }
  }

  @Test
  void runningIntoAFilledDirectoryWithoutResumeIsAnError() throws Exception {
    Path spec = spec(2);
    Path out = dir.resolve("out");
    assertEquals(0, Main.execute("run", spec.toString(), "--out", out.toString(), "--no-report"));
    assertEquals(2, Main.execute("run", spec.toString(), "--out", out.toString(), "--no-report"));
    // More seeds + --resume runs only the new seeds.
    Map<String, byte[]> snap = snapshot(out);
    assertEquals(
        0,
        Main.execute(
            "run",
            spec.toString(),
            "--out",
            out.toString(),
            "--resume",
            "--seed-count",
            "4",
            "--no-report"));
    Map<String, byte[]> now = snapshot(out);
    assertEquals(4, now.size());
    assertTrue(now.keySet().containsAll(snap.keySet()));
  }
}
