package io.seedscope.jmh;

import io.seedscope.execute.Cancellation;
import io.seedscope.execute.Launcher;
import io.seedscope.execute.MetricsCollector;
import io.seedscope.execute.ProcessLauncher;
import io.seedscope.model.Config;
import io.seedscope.model.RunStatus;
import io.seedscope.plan.Trial;
import io.seedscope.spec.Implementation;
import io.seedscope.spec.RunSettings;
import io.seedscope.store.RunRecord;
import io.seedscope.store.RunStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What one run costs the harness once the JVM is warm, next to the bare JDK doing the least: {@code
 * spawn} starts {@code echo} with output discarded; {@code launch} is seedscope's process launcher
 * running the same command (own directory, environment, stdout/stderr files, metric lines read
 * back); {@code record} writes one run's durable record (checksum, temporary file, rename). The
 * difference between {@code launch + record} and {@code spawn} is the per-run work of the harness;
 * {@code bench/overhead.sh} measures the cold, whole-command cost.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Djdk.lang.Process.launchMechanism=VFORK")
public class HarnessBenchmark {
  private Path dir;
  private ProcessLauncher launcher;
  private RunStore store;
  private RunRecord record;
  private long seed;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("seedscope-harness-bench");
    Implementation.Command echo =
        new Implementation.Command(
            "echo",
            List.of("echo", "{\"step\": 1000, \"return\": {seed}}"),
            Map.of(),
            Map.of(),
            "bench:1:1");
    launcher = new ProcessLauncher(echo, RunSettings.DEFAULT, Map.of());
    store = new RunStore(dir.resolve("store"));
    record =
        new RunRecord(
            RunRecord.SCHEMA,
            "0123456789abcdef",
            "echo",
            "default",
            Map.of("lr", "0.01", "gamma", "0.99"),
            7,
            0,
            RunStatus.OK,
            0,
            "",
            1,
            "2026-11-23T12:00:00Z",
            3,
            "host",
            List.of(0L, 1000L),
            Map.of("return", List.of(1.5, 87.5)));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Benchmark
  public int spawn() throws Exception {
    ProcessBuilder pb = new ProcessBuilder("echo", "{\"step\": 1000, \"return\": " + seed++ + "}");
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    return pb.start().waitFor();
  }

  @Benchmark
  public Launcher.Attempt launch() throws Exception {
    long s = seed++;
    Trial trial = new Trial(Long.toHexString(s), "echo", "default", Config.EMPTY, s, 0);
    Path runDir = Files.createDirectories(dir.resolve("runs").resolve(trial.runId()));
    MetricsCollector metrics = new MetricsCollector();
    return launcher.run(trial, 0, runDir, Duration.ofMinutes(1), metrics, new Cancellation());
  }

  @Benchmark
  public void record() throws IOException {
    store.write(record);
  }
}
