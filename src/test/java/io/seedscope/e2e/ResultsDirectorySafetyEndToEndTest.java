package io.seedscope.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a results directory is protected from: a second harness running in it at the same time, a
 * refused run replacing the spec the directory's analysis reads, and runs that logged another
 * metric than the spec's being lost to {@code --metric}.
 */
class ResultsDirectorySafetyEndToEndTest {
  @TempDir Path dir;

  private Path spec(String name, String metric) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(
        p,
        String.join(
            "\n",
            "name: safety",
            "metric: " + metric,
            "seeds: {count: 2}",
            "implementations:",
            "  echo:",
            "    command: ['{java}', -cp, '"
                + Cli.classPath().replace("'", "''")
                + "',"
                + " io.seedscope.e2e.EchoArgs, '{seed}', abc]",
            ""));
    return p;
  }

  @Test
  void aSecondHarnessInTheSameDirectoryIsRefusedAndChangesNothing() throws Exception {
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Process holder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                Cli.classPath(),
                "io.seedscope.e2e.LockHolder",
                out.toString())
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("locked", lines.readLine());
      Cli.Result r = Cli.run("run", spec("s.yaml", "return").toString(), "--out", out.toString());
      assertEquals(2, r.code(), r.all());
      assertTrue(
          r.err()
              .contains(
                  "another seedscope run is using this results directory (pid "
                      + holder.pid()
                      + ")"),
          r.all());
      assertTrue(Files.notExists(out.resolve("records")), "nothing was run");
      assertTrue(Files.notExists(out.resolve("spec.yaml")), "nothing was written");
    } finally {
      holder.getOutputStream().close();
      assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
    }
    // Once the first harness is gone, its lock is too.
    Cli.Result after = Cli.run("run", spec("s.yaml", "return").toString(), "--out", out.toString());
    assertEquals(0, after.code(), after.all());
  }

  @Test
  void aRefusedRunLeavesTheStoredSpecAlone() throws Exception {
    Path out = dir.resolve("out");
    Path first = spec("first.yaml", "return");
    assertEquals(0, Cli.run("run", first.toString(), "--out", out.toString()).code());
    String stored = Files.readString(out.resolve("spec.yaml"));

    Files.delete(out.resolve(".seedscope.lock")); // as in a copied results directory
    Path minimize = spec("min.yaml", "{name: return, goal: minimize}");
    Cli.Result refused = Cli.run("run", minimize.toString(), "--out", out.toString());
    assertEquals(2, refused.code(), refused.all());
    assertTrue(refused.err().contains("already holds 2 run records"), refused.all());
    Cli.Result dry = Cli.run("run", minimize.toString(), "--out", out.toString(), "--dry-run");
    assertEquals(2, dry.code(), "a dry run says what the run would say: " + dry.all());
    assertEquals(stored, Files.readString(out.resolve("spec.yaml")));
    assertTrue(Files.notExists(out.resolve(".seedscope.lock")), "a refused run makes no lock file");

    Path analysis = dir.resolve("a.json");
    assertEquals(0, Cli.run("analyze", out.toString(), "--json", analysis.toString()).code());
    assertEquals("maximize", Json.read(analysis).get("goal").asText());
  }

  @Test
  void runsWithoutTheSpecsMetricCountForTheMetricTheyLogged() throws Exception {
    Path out = dir.resolve("out");
    Cli.Result r =
        Cli.run("run", spec("s.yaml", "loss").toString(), "--out", out.toString(), "--no-report");
    assertEquals(0, r.code(), r.all());
    assertTrue(r.err().contains("(0 ok, 2 not ok)"), r.all());

    Path analysis = dir.resolve("a.json");
    Cli.Result a =
        Cli.run("analyze", out.toString(), "--metric", "args", "--json", analysis.toString());
    assertEquals(0, a.code(), a.all());
    JsonNode counts = Json.read(analysis).get("counts");
    assertEquals(2, counts.get("ok").asInt(), counts.toString());
    assertEquals(0, counts.get("failed").asInt(), counts.toString());
    // EchoArgs got two arguments in each run.
    assertEquals(2.0, Json.read(analysis).get("groups").get(0).get("mean").asDouble(), 0);
  }
}
