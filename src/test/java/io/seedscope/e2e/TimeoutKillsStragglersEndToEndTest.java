package io.seedscope.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.RunStatus;
import io.seedscope.store.RunRecord;
import io.seedscope.store.RunStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A timeout kills what a run left behind as well: a grandchild started with {@code (cmd &)} is
 * re-parented to init at once, outside the process tree, and must not outlive the run.
 */
class TimeoutKillsStragglersEndToEndTest {
  @TempDir Path dir;

  /** Live processes whose command line is exactly these arguments. */
  private static List<Long> processes(String... argv) throws Exception {
    String wanted = String.join("\0", argv) + "\0";
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      return procs
          .filter(p -> p.getFileName().toString().matches("[0-9]+"))
          .filter(
              p -> {
                try {
                  return new String(
                          Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8)
                      .equals(wanted);
                } catch (Exception e) {
                  return false;
                }
              })
          .map(p -> Long.parseLong(p.getFileName().toString()))
          .toList();
    }
  }

  @Test
  void daemonizedGrandchildIsKilledOnTimeout() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc")) && Files.exists(Path.of("/bin/sh")));
    String marker = "3011." + ProcessHandle.current().pid(); // unique to this test JVM
    Path spec = dir.resolve("orphan.yaml");
    Files.writeString(
        spec,
        String.join(
            "\n",
            "name: orphan",
            "metric: return",
            "seeds: [0]",
            "implementations:",
            // The test's program uses a shell; seedscope itself starts it as an argument vector.
            "  daemon: {command: [/bin/sh, -c, '(sleep " + marker + " &); sleep 3012']}",
            "run: {workers: 1, timeout: 1s}",
            ""));
    Path out = dir.resolve("out");
    Cli.Result r = Cli.run("run", spec.toString(), "--out", out.toString(), "--no-report");
    assertEquals(0, r.code(), r.all());
    RunRecord record = new RunStore(out).load().records().values().iterator().next();
    assertEquals(RunStatus.TIMEOUT, record.status());
    List<Long> left = processes("sleep", marker);
    for (int i = 0; i < 50 && !left.isEmpty(); i++) {
      Thread.sleep(100);
      left = processes("sleep", marker);
    }
    left.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    assertTrue(left.isEmpty(), "the daemonized grandchild outlived the timeout: pids " + left);
  }
}
