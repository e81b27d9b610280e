package io.seedscope.execute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.cli.Main;
import io.seedscope.model.RunStatus;
import io.seedscope.store.RunRecord;
import io.seedscope.store.RunStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs a spec whose external command fails, hangs and prints garbage in some seeds. */
class ExecutionEndToEndTest {
  @TempDir Path dir;

  static String classpath() throws Exception {
    Path testClasses =
        Path.of(FlakyProgram.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return testClasses.toString();
  }

  @Test
  void failuresTimeoutsGarbageAndNaNAreRecordedWithReasons() throws Exception {
    Path spec = dir.resolve("flaky.yaml");
    Files.writeString(
        spec,
        String.join(
            "\n",
            "name: flaky",
            "metric: {name: return, aggregate: last}",
            "seeds: {count: 6, start: 0}",
            "implementations:",
            "  flaky:",
            "    command: ['{java}', -cp, '"
                + classpath()
                + "', io.seedscope.execute.FlakyProgram, '{seed}']",
            "run: {workers: 2, timeout: 3s, retries: 1}",
            ""),
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    int code = Main.execute("run", spec.toString(), "--out", out.toString(), "--resamples", "1000");
    assertEquals(0, code);
    Map<Long, RunRecord> bySeed = new TreeMap<>();
    new RunStore(out).load().records().values().forEach(r -> bySeed.put(r.seed(), r));
    assertEquals(6, bySeed.size());
    assertEquals(RunStatus.OK, bySeed.get(0L).status());
    assertEquals(4.0, bySeed.get(0L).metrics().get("return").get(4));
    assertEquals(RunStatus.FAILED, bySeed.get(1L).status());
    assertEquals(3, bySeed.get(1L).exitCode());
    assertTrue(
        bySeed.get(1L).reason().contains("exit code 3: something broke in seed 1"),
        bySeed.get(1L).reason());
    assertEquals(2, bySeed.get(1L).attempts(), "one retry after a failure");
    Path failedDir = out.resolve("runs").resolve(bySeed.get(1L).runId());
    assertTrue(
        Files.readString(failedDir.resolve("stderr.log.1")).contains("something broke"),
        "the first attempt's log is kept beside the retry's");
    assertTrue(Files.readString(failedDir.resolve("stderr.log")).contains("something broke"));
    assertFalse(Files.exists(failedDir.resolve("stderr.log.2")));
    assertEquals(RunStatus.TIMEOUT, bySeed.get(2L).status());
    assertEquals("timed out after 3s", bySeed.get(2L).reason());
    assertEquals(RunStatus.NO_METRIC, bySeed.get(3L).status());
    assertEquals(RunStatus.DIVERGENT, bySeed.get(4L).status());
    assertEquals(RunStatus.OK, bySeed.get(5L).status());
    String stdout =
        Files.readString(out.resolve("runs").resolve(bySeed.get(0L).runId()).resolve("stdout.log"));
    assertTrue(stdout.contains("epoch 4 done"));
    String analysis = Files.readString(out.resolve("analysis.json"));
    assertTrue(analysis.contains("\"divergent\" : 1"), analysis);
  }

  @Test
  void environmentCarriesSeedRunDirAndWorkerEnv() throws Exception {
    Path spec = dir.resolve("env.yaml");
    Files.writeString(
        spec,
        String.join(
            "\n",
            "name: env",
            "metric: return",
            "seeds: [42]",
            "implementations:",
            "  printenv:",
            "    command: ['{java}', -cp, '" + classpath() + "', io.seedscope.execute.EnvProgram]",
            "    env: {EXTRA: 'seed-{seed}'}",
            "run: {workers: 1, workerEnv: [{CUDA_VISIBLE_DEVICES: '{worker}'}]}",
            ""),
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    assertEquals(0, Main.execute("run", spec.toString(), "--out", out.toString(), "--no-report"));
    RunRecord r = new RunStore(out).load().records().values().iterator().next();
    assertEquals(RunStatus.OK, r.status(), r.reason());
    String stdout = Files.readString(out.resolve("runs").resolve(r.runId()).resolve("stdout.log"));
    assertTrue(stdout.contains("SEEDSCOPE_SEED=42"), stdout);
    assertTrue(stdout.contains("EXTRA=seed-42"), stdout);
    assertTrue(stdout.contains("CUDA_VISIBLE_DEVICES=0"), stdout);
    assertTrue(
        stdout.contains(
            "SEEDSCOPE_RUN_DIR=" + out.resolve("runs").resolve(r.runId()).toAbsolutePath()),
        stdout);
  }
}
