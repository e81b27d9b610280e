package io.seedscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.CurveAggregate;
import io.seedscope.model.Goal;
import io.seedscope.model.InputException;
import io.seedscope.model.ResultSet;
import io.seedscope.model.Run;
import io.seedscope.model.RunLog;
import io.seedscope.model.RunStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The long CSV's status and reason columns: how each run ended, as the results directory says. */
class LongCsvStatusTest {

  @TempDir Path dir;

  private Path write(String text) throws IOException {
    Path p = dir.resolve("results.csv");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private ImportResult read(String text, ImportOptions options) throws IOException {
    return Importers.read(write(text), options.withFormat(Format.LONG_CSV));
  }

  private ImportResult read(String text) throws IOException {
    return read(text, ImportOptions.defaults());
  }

  private String error(String text) throws IOException {
    Path p = write(text);
    InputException e =
        assertThrows(
            InputException.class,
            () -> Importers.read(p, ImportOptions.defaults().withFormat(Format.LONG_CSV)));
    assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    return e.getMessage().substring(p.toString().length());
  }

  private static Map<Long, Run> reduce(ImportResult r) {
    Map<Long, Run> out = new TreeMap<>();
    ResultSet.of(r.runs(), "return", Goal.MAXIMIZE, CurveAggregate.LAST, List.of())
        .runs()
        .forEach(run -> out.put(run.seed(), run));
    return out;
  }

  @Test
  void statusAndReasonAreRoleColumnsAndReachTheRuns() throws IOException {
    ImportResult r =
        read(
            "implementation,seed,step,run.status,run.reason,return\n"
                + "a,0,0,ok,,1\n"
                + "a,0,1,ok,,2\n"
                + "a,1,0,failed,\"exit code 1: a, \"\"b\"\"\",5\n"
                + "a,1,1,failed,\"exit code 1: a, \"\"b\"\"\",6\n"
                + "a,2,,no_metric,nothing logged,\n"
                + "a,3,0,TIMEOUT,,7\n"
                + "a,4,0,,,nan\n"
                + "a,5,0,cancelled,,8\n"
                + "a,6,0,divergent,,9\n");
    assertEquals(List.of("return"), r.metricNames(), "status and reason are not metrics");
    assertEquals(List.of(), r.warnings(), "nor ignored text columns");
    assertEquals(7, r.runs().size(), "the run without values is kept");
    RunLog failed = r.runs().stream().filter(l -> l.seed() == 1).findFirst().orElseThrow();
    assertEquals(RunStatus.FAILED, failed.status());
    assertEquals("exit code 1: a, \"b\"", failed.reason());
    Map<Long, Run> runs = reduce(r);
    assertEquals(RunStatus.OK, runs.get(0L).status());
    assertEquals(2.0, runs.get(0L).value());
    assertEquals(RunStatus.FAILED, runs.get(1L).status(), "partial values do not make it ok");
    assertEquals("exit code 1: a, \"b\"", runs.get(1L).reason());
    assertEquals(RunStatus.NO_METRIC, runs.get(2L).status());
    assertEquals("nothing logged", runs.get(2L).reason());
    assertEquals(RunStatus.TIMEOUT, runs.get(3L).status());
    assertEquals(RunStatus.DIVERGENT, runs.get(4L).status(), "empty status: classified by value");
    assertEquals(RunStatus.CANCELLED, runs.get(5L).status());
    // As in a results directory, a divergent record is re-classified on the metric analyzed.
    assertEquals(RunStatus.OK, runs.get(6L).status());
  }

  @Test
  void withoutAStatusColumnRunsAreOkUnlessNotFinite() throws IOException {
    Map<Long, Run> runs = reduce(read("implementation,seed,return\na,0,1\na,1,inf\na,2,\n"));
    assertEquals(RunStatus.OK, runs.get(0L).status());
    assertEquals(RunStatus.DIVERGENT, runs.get(1L).status());
    assertEquals(RunStatus.NO_METRIC, runs.get(2L).status());
  }

  @Test
  void statusColumnCanBeMapped() throws IOException {
    ImportResult r =
        read(
            "agent,seed,outcome,return\na,0,ok,1\na,1,failed,2\n",
            ImportOptions.defaults().withColumns("implementation=agent,status=outcome"));
    assertEquals(List.of("return"), r.metricNames());
    assertEquals(RunStatus.FAILED, reduce(r).get(1L).status());
  }

  @Test
  void badStatusValues() throws IOException {
    assertEquals(
        ":3:3: column 'run.status': unknown status 'crashed'"
            + " (one of ok, divergent, failed, timeout, no_metric, cancelled)",
        error("implementation,seed,run.status,return\na,0,ok,1\na,1,crashed,2\n"));
    // A number is not a status either: the column is never read as a metric.
    assertEquals(
        ":2:3: column 'run.status': unknown status '0' (one of ok, divergent, failed, timeout,"
            + " no_metric, cancelled)",
        error("implementation,seed,run.status,return\na,0,0,1\n"));
  }

  @Test
  void statusAndReasonAreConstantWithinARun() throws IOException {
    assertEquals(
        ":4:4: column 'run.status': status 'failed' differs from 'ok' of the same run at line 2"
            + " (a run has one status)",
        error(
            "implementation,seed,step,run.status,return\na,0,0,ok,1\na,1,0,ok,1\na,0,1,failed,2\n"));
    assertEquals(
        ":3:4: column 'run.reason': reason differs from the one of the same run at line 2"
            + " (a run has one reason)",
        error(
            "implementation,seed,step,run.reason,run.status,return\na,0,0,x,failed,1\na,0,1,y,failed,2\n"));
  }

  /** Plain status/reason columns of other tools are ordinary columns, as before the roles. */
  @Test
  void plainStatusAndReasonColumnsAreOrdinaryColumns() throws IOException {
    ImportResult numeric = read("implementation,seed,status,return\na,0,0,1\na,1,1,2\n");
    assertEquals(List.of("return", "status"), numeric.metricNames().stream().sorted().toList());
    assertEquals(RunStatus.OK, reduce(numeric).get(1L).status());

    ImportResult text =
        read(
            "implementation,seed,step,Status,reason,return\n"
                + "a,0,0,done,warming up,1\n"
                + "a,0,1,done,steady,2\n");
    assertEquals(List.of("return"), text.metricNames());
    String file = dir.resolve("results.csv").toString();
    assertEquals(
        List.of(
            "ignoring non-numeric column 'Status' (" + file + ":2:4: 'done')",
            "ignoring non-numeric column 'reason' (" + file + ":2:5: 'warming up')"),
        text.warnings());
    assertEquals(RunStatus.OK, text.runs().get(0).status());
    assertEquals("", text.runs().get(0).reason());

    // Auto-detection is exact: only run.status / run.reason, any other spelling via --columns.
    ImportResult mapped =
        read(
            "implementation,seed,Status,return\na,0,ok,1\na,1,failed,2\n",
            ImportOptions.defaults().withColumns("status=Status"));
    assertEquals(RunStatus.FAILED, reduce(mapped).get(1L).status());
  }

  /** A run that logged metrics named status and reason exports and reads back. */
  @Test
  void metricsNamedStatusAndReasonRoundTrip() throws IOException {
    List<RunLog> runs =
        List.of(
            new RunLog(
                "r0",
                RunRows.key("impl", "task", Map.of()),
                0,
                RunStatus.FAILED,
                "boom",
                new long[] {0, 1},
                Map.of(
                    "status", new double[] {1, 2},
                    "reason", new double[] {3, 4},
                    "return", new double[] {5, 6})));
    Path file = dir.resolve("out.csv");
    LongCsvWriter.write(runs, file);
    ImportResult back = Importers.read(file);
    assertEquals(List.of(), back.warnings());
    RunLog b = back.runs().get(0);
    assertEquals(RunStatus.FAILED, b.status());
    assertEquals("boom", b.reason());
    assertEquals(3, b.metrics().size());
    assertEquals(2.0, b.metrics().get("status")[1]);
    assertEquals(4.0, b.metrics().get("reason")[1]);
  }

  /** A metric named like a fixed column would make a header that cannot be read back. */
  @Test
  void metricNamedRunStatusCannotBeExported() {
    for (String name : List.of("run.status", "run.reason")) {
      List<RunLog> runs =
          List.of(
              new RunLog(
                  "r0",
                  RunRows.key("impl", "task", Map.of()),
                  0,
                  RunStatus.OK,
                  "",
                  null,
                  Map.of(name, new double[] {1}, "return", new double[] {2})));
      Path file = dir.resolve("bad.csv");
      InputException e = assertThrows(InputException.class, () -> LongCsvWriter.write(runs, file));
      assertEquals(
          "cannot export metric '"
              + name
              + "': the long CSV has a column of that name for another purpose"
              + " (rename the metric)",
          e.getMessage());
      assertTrue(!Files.exists(file), "no file left behind");
    }
  }

  /** What export writes reads back with every status and reason, runs without values included. */
  @Test
  void writerRoundTripsStatusAndReason() throws IOException {
    List<RunLog> runs = new java.util.ArrayList<>();
    int seed = 0;
    for (RunStatus s : RunStatus.values()) {
      Map<String, double[]> metrics =
          s == RunStatus.NO_METRIC ? Map.of() : Map.of("return", new double[] {seed, seed + 1});
      long[] steps = s == RunStatus.NO_METRIC ? new long[0] : new long[] {0, 10};
      String reason = s == RunStatus.OK ? "" : "why, \"" + s + "\"\nline two ";
      runs.add(
          new RunLog(
              "r" + seed,
              RunRows.key("impl", "task", Map.of()),
              seed++,
              s,
              reason,
              steps,
              metrics));
    }
    Path file = dir.resolve("out.csv");
    LongCsvWriter.write(runs, file);
    ImportResult back = Importers.read(file);
    assertEquals(runs.size(), back.runs().size(), Files.readString(file));
    Map<String, RunLog> byId = new TreeMap<>();
    back.runs().forEach(l -> byId.put(l.runId(), l));
    for (RunLog r : runs) {
      RunLog b = byId.get(r.runId());
      assertEquals(r.status(), b.status(), r.runId());
      assertEquals(r.reason(), b.reason(), r.runId());
      assertEquals(r.metrics().keySet(), b.metrics().keySet(), r.runId());
    }
    assertTrue(
        Files.readString(file).contains("impl,task,4,r4,no_metric,\"why, \"\"NO_METRIC\"\"\nline"),
        Files.readString(file));
  }
}
