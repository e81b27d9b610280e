package io.seedscope.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.InputException;
import io.seedscope.model.ResultSet;
import io.seedscope.model.RunLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongCsvReaderTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private ImportResult read(String text) throws IOException {
    return read(text, ImportOptions.defaults());
  }

  private ImportResult read(String text, ImportOptions options) throws IOException {
    return Importers.read(write("results.csv", text), options.withFormat(Format.LONG_CSV));
  }

  private String error(String text) {
    return error(text, ImportOptions.defaults());
  }

  private String error(String text, ImportOptions options) {
    Path p = dir.resolve("results.csv");
    InputException e =
        assertThrows(
            InputException.class,
            () -> {
              Files.writeString(p, text, StandardCharsets.UTF_8);
              Importers.read(p, options.withFormat(Format.LONG_CSV));
            });
    String prefix = p.toString();
    assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    return e.getMessage().substring(prefix.length());
  }

  private static RunLog run(ImportResult r, String impl, long seed) {
    return r.runs().stream()
        .filter(l -> l.key().implementation().equals(impl) && l.seed() == seed)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void finalValuesOneRowPerRun() throws IOException {
    ImportResult r = read("implementation,seed,return\nppo,1,10.5\nppo,2,11\ndqn,1,-3e2\n");
    assertEquals(3, r.runs().size());
    assertEquals(List.of("return"), r.metricNames());
    RunLog dqn = run(r, "dqn", 1);
    assertNull(dqn.steps());
    assertArrayEquals(new double[] {-300.0}, dqn.metrics().get("return"));
    assertEquals("default", dqn.key().task());
    // Derived id: first 12 hex of SHA-256("ppo|default||1"), computed with Python's hashlib.
    assertEquals(
        "0935e2e20ccd", run(read("implementation,seed,return\nppo,3,1\n"), "ppo", 3).runId());
    assertEquals("return", r.selectMetric(null));
    assertEquals(2, r.summary().implementations().size());
    assertEquals(
        "ppo: 2 runs, 2 seeds, 1 task, 1 point per run",
        r.summary().implementations().get(1).describe());
  }

  @Test
  void curvesInAnyOrderAreSortedByStep() throws IOException {
    ImportResult r =
        read(
            "implementation,task,seed,step,param.lr,return,loss\n"
                + "ppo,cartpole,7,200,0.1,2.0,\n"
                + "ppo,cartpole,7,100,0.1,1.0,0.5\n"
                + "ppo,cartpole,8,100,0.1,5.0,0.4\n"
                + "ppo,cartpole,7,300,0.1,3.0,0.3\n");
    assertEquals(2, r.runs().size());
    RunLog a = run(r, "ppo", 7);
    assertArrayEquals(new long[] {100, 200, 300}, a.steps());
    assertArrayEquals(new double[] {1, 2, 3}, a.metrics().get("return"));
    double[] loss = a.metrics().get("loss");
    assertEquals(0.5, loss[0]);
    assertTrue(ResultSet.isMissing(loss[1]), "empty cell is MISSING");
    assertEquals("lr=0.1", a.key().config().canonical());
    assertEquals("cartpole", a.key().task());
    // SHA-256("ppo|cartpole|lr=0.1|7"), from Python's hashlib.
    assertEquals("887d84ee69e1", a.runId());
    assertEquals(List.of("return", "loss"), r.metricNames());
    assertEquals(Long.valueOf(300), r.summary().implementations().get(0).lastStep());
  }

  @Test
  void runColumnMarksRepeats() throws IOException {
    ImportResult r =
        read(
            "implementation,seed,run,step,return\n"
                + "ppo,1,a,1,1\nppo,1,b,1,2\nppo,1,a,2,3\nppo,1,b,2,4\n");
    assertEquals(2, r.runs().size());
    Map<String, RunLog> byId = r.runs().stream().collect(Collectors.toMap(RunLog::runId, l -> l));
    assertArrayEquals(new double[] {1, 3}, byId.get("a").metrics().get("return"));
    assertArrayEquals(new double[] {2, 4}, byId.get("b").metrics().get("return"));
  }

  @Test
  void runNumbersRepeatedAcrossImplementationsGetDerivedIds() throws IOException {
    ImportResult r = read("implementation,seed,run,return\nppo,1,0,1\ndqn,1,0,2\n");
    assertEquals(2, r.runs().size());
    assertEquals(2, r.runs().stream().map(RunLog::runId).distinct().count());
    assertEquals(12, r.runs().get(0).runId().length());
  }

  @Test
  void nonFiniteValuesAreKeptAndSeedsMayBeIntegralDecimals() throws IOException {
    ImportResult r = read("implementation,seed,a,b,c,d,e\nppo,3.0,NaN,nan,inf,-Infinity,1E-3\n");
    RunLog l = run(r, "ppo", 3);
    assertTrue(Double.isNaN(l.metrics().get("a")[0]));
    assertTrue(!ResultSet.isMissing(l.metrics().get("a")[0]), "NaN is not MISSING");
    assertTrue(Double.isNaN(l.metrics().get("b")[0]));
    assertEquals(Double.POSITIVE_INFINITY, l.metrics().get("c")[0]);
    assertEquals(Double.NEGATIVE_INFINITY, l.metrics().get("d")[0]);
    assertEquals(0.001, l.metrics().get("e")[0]);
  }

  @Test
  void quotedFieldsCrlfBomAndSpaces() throws IOException {
    ImportResult r =
        read(
            "\uFEFFimplementation, seed ,\"param.note\",return\r\n"
                + "\"ppo, \"\"fast\"\"\", 1 ,\"a\nb\",\"2.5\"\r\n\r\n");
    RunLog l = r.runs().get(0);
    assertEquals("ppo, \"fast\"", l.key().implementation());
    assertEquals("a\nb", l.key().config().get("note"));
    assertArrayEquals(new double[] {2.5}, l.metrics().get("return"));
  }

  @Test
  void tabAndSemicolonSeparators() throws IOException {
    assertEquals(1, read("implementation\tseed\treturn\nppo\t1\t2\n").runs().size());
    assertEquals(1, read("implementation;seed;return\nppo;1;2\n").runs().size());
  }

  @Test
  void nonNumericColumnsAreIgnoredWithAWarning() throws IOException {
    ImportResult r = read("implementation,seed,notes,return\nppo,1,fine,2\nppo,2,,3\n");
    assertEquals(List.of("return"), r.metricNames());
    assertEquals(1, r.warnings().size());
    assertTrue(r.warnings().get(0).contains("'notes'"), r.warnings().get(0));
    InputException e = assertThrows(InputException.class, () -> r.selectMetric("notes"));
    assertTrue(e.getMessage().contains("is not numeric"), e.getMessage());
    assertTrue(e.getMessage().contains("results.csv:2:3: 'fine'"), e.getMessage());
  }

  @Test
  void metricSelection() throws IOException {
    ImportResult r = read("implementation,seed,return,length\nppo,1,2,3\n");
    assertEquals("length", r.selectMetric("length"));
    InputException several = assertThrows(InputException.class, () -> r.selectMetric(null));
    assertTrue(
        several.getMessage().endsWith(": 2 metrics (return, length); choose one with --metric"),
        several.getMessage());
    InputException missing = assertThrows(InputException.class, () -> r.selectMetric("score"));
    assertTrue(
        missing.getMessage().endsWith(": no metric 'score'; available: return, length"),
        missing.getMessage());
  }

  @Test
  void dopamineFinalReturnsWithColumnMapping() {
    Path p = Paths.get("src/test/resources/ingest/dopamine/final_returns.csv");
    ImportResult r =
        Importers.read(
            p, ImportOptions.defaults().withColumns("implementation=agent,seed=run,task=game"));
    assertEquals(Format.LONG_CSV, r.format());
    assertEquals(1800, r.runs().size());
    assertEquals(List.of("last_iteration", "final_return", "mean_last5"), r.metricNames());
    assertEquals(6, r.summary().implementations().size());
    ImportSummary.Implementation dqn = r.summary().implementations().get(1);
    assertEquals("DQN", dqn.implementation());
    assertEquals(300, dqn.runs());
    assertEquals(5, dqn.seeds());
    assertEquals(60, dqn.tasks());
    // First data row of the file: airraid,DQN,0,198,9007.971014492754,8040.627721807755
    RunLog first =
        r.runs().stream()
            .filter(
                l ->
                    l.key().task().equals("airraid")
                        && l.key().implementation().equals("DQN")
                        && l.seed() == 0)
            .findFirst()
            .orElseThrow();
    assertEquals(9007.971014492754, first.metrics().get("final_return")[0]);
    assertEquals(198.0, first.metrics().get("last_iteration")[0]);
  }

  // ---- malformed input: one line each, file:line:column ----

  @Test
  void emptyFile() {
    assertEquals(": file is empty", error(""));
    assertEquals(": file is empty", error("\n \n"));
  }

  @Test
  void headerOnly() {
    assertEquals(":1: no data rows after the header", error("implementation,seed,return\n"));
  }

  @Test
  void missingColumnsNameTheColumnsThatExist() {
    assertEquals(
        ":1: no 'seed' column; columns: implementation, return"
            + " (name one with --columns seed=COLUMN)",
        error("implementation,return\nppo,1\n"));
    assertEquals(
        ":1: no 'implementation' column; columns: agent, seed, return"
            + " (name one with --columns implementation=COLUMN)",
        error("agent,seed,return\nppo,1,2\n"));
    assertEquals(
        ":1: no metric column; columns: implementation, seed",
        error("implementation,seed\nppo,1\n"));
    assertEquals(
        ":1: --columns maps seed to 'rn' but there is no such column; columns: agent, run, r",
        error("agent,run,r\nppo,1,2\n", ImportOptions.defaults().withColumns("seed=rn")));
  }

  @Test
  void nonNumericCell() {
    assertEquals(
        ":4:4: column 'return': 'abc' is not a number",
        error("implementation,seed,step,return\nppo,1,1,2\nppo,1,2,3\nppo,1,3,abc\n"));
  }

  /** Whether a column is a metric does not depend on its first row: a text cell there is bad. */
  @Test
  void nonNumericFirstCell() {
    assertEquals(
        ":2:3: column 'return': 'abc' is not a number",
        error("implementation,seed,return\na,0,abc\na,1,2\na,2,3\n"));
    // With another metric column the bad one used to be dropped as a text column.
    assertEquals(
        ":2:3: column 'return': 'abc' is not a number",
        error("implementation,seed,return,loss\na,0,abc,1\na,1,2,2\na,2,3,3\n"));
    // The first text cell is named even when more numbers and empty cells come after it.
    assertEquals(
        ":3:3: column 'return': 'abc' is not a number",
        error("implementation,seed,return\na,0,\na,1,abc\na,2,4\na,3,NA\na,4,5\n"));
  }

  /**
   * A column is numeric when most of its non-empty cells are numbers: a column of git hashes one of
   * which is all digits stays text (ignored with a warning) and the metric is analyzed.
   */
  @Test
  void mostlyTextColumnIsIgnored() throws IOException {
    ImportResult r =
        read(
            "implementation,seed,commit,return\n"
                + "ppo,1,a1b2c3d,1\nppo,2,9f8e7d6,2\nppo,3,4471302,3\n");
    assertEquals(List.of("return"), r.metricNames());
    assertEquals("return", r.selectMetric("return"));
    assertEquals(
        List.of(
            "ignoring non-numeric column 'commit' ("
                + dir.resolve("results.csv")
                + ":2:3: 'a1b2c3d')"),
        r.warnings());
    assertEquals(3.0, run(r, "ppo", 3).metrics().get("return")[0]);
  }

  /**
   * As many text cells as numbers: text. When that leaves no metric, the error names the column and
   * its first text cell.
   */
  @Test
  void tieCountsAsText() throws IOException {
    assertEquals(
        ":2:3: no numeric metric column: column 'return' is text ('abc' here; 1 number cells,"
            + " 1 text cells; a metric column needs more numbers than text);"
            + " columns: implementation, seed, return",
        error("implementation,seed,return\na,0,abc\na,1,2\n"));
    assertEquals(
        ":3:3: no numeric metric column: column 'return' is text ('abc' here; 1 number cells,"
            + " 2 text cells; a metric column needs more numbers than text);"
            + " columns: implementation, seed, return",
        error("implementation,seed,return\na,0,\na,1,abc\na,2,xyz\na,3,NA\na,4,5\n"));
    ImportResult r = read("implementation,seed,notes,return\na,0,abc,1\na,1,2,2\n");
    assertEquals(List.of("return"), r.metricNames());
    assertEquals(1, r.warnings().size(), r.warnings().toString());
  }

  /** A column of text (empty cells aside) is ignored wherever its first text is. */
  @Test
  void textOnlyColumnIsIgnoredWhateverItsFirstRow() throws IOException {
    ImportResult r = read("implementation,seed,notes,return\nppo,1,,nan\nppo,2,ok,3\nppo,3,x,4\n");
    assertEquals(List.of("return"), r.metricNames());
    assertEquals(
        List.of(
            "ignoring non-numeric column 'notes' (" + dir.resolve("results.csv") + ":3:3: 'ok')"),
        r.warnings());
    // NaN first is still a number: the run is divergent, not the column text.
    assertTrue(Double.isNaN(run(r, "ppo", 1).metrics().get("return")[0]));
  }

  @Test
  void badSeedAndStep() {
    assertEquals(
        ":2:2: column 'seed': seed '3.5' is not an integer",
        error("implementation,seed,return\nppo,3.5,1\n"));
    assertEquals(
        ":2:2: column 'seed' (the seed) is empty", error("implementation,seed,return\nppo,,1\n"));
    assertEquals(
        ":2:3: column 'step': 'x' is not an integer step",
        error("implementation,seed,step,return\nppo,1,x,1\n"));
  }

  @Test
  void raggedRow() {
    assertEquals(
        ":3:4: row has 4 fields but the header has 3",
        error("implementation,seed,return\nppo,1,2\nppo,2,3,4\n"));
    assertEquals(
        ":2:3: row has 2 fields but the header has 3",
        error("implementation,seed,return\nppo,1\n"));
  }

  @Test
  void mixedSeparators() {
    assertEquals(
        ":3: mixed separators: the header uses comma but this row uses semicolon",
        error("implementation,seed,return\nppo,1,2\nppo;2;3\n"));
    assertEquals(
        ":1: mixed separators in the header: 1 x comma, 1 x semicolon",
        error("implementation,seed;return\nppo,1,2\n"));
  }

  @Test
  void duplicateRunStep() {
    assertEquals(
        ":4:3: duplicate step 2 for implementation 'ppo', seed 1 (also at line 3)",
        error("implementation,seed,step,return\nppo,1,1,1\nppo,1,2,2\nppo,1,2,3\n"));
    assertEquals(
        ":5:4: duplicate step 1 for run 'r' (also at line 2)",
        error(
            "implementation,seed,run,step,return\nppo,1,r,1,1\nppo,1,r,3,2\nppo,1,r,2,2\n"
                + "ppo,1,r,1,1\n"));
    assertEquals(
        ":3: duplicate row for implementation 'ppo', seed 1 (first at line 2); add a 'run' column"
            + " to mark repeats or a 'step' column for curves",
        error("implementation,seed,return\nppo,1,1\nppo,1.0,2\n"));
  }

  @Test
  void quotingErrors() {
    assertEquals(
        ":2:1: quoted field is not closed before the end of file",
        error("implementation,seed,return\n\"ppo,1,2\n"));
    assertEquals(
        ":2:1: unexpected text after a closing quote",
        error("implementation,seed,return\n\"ppo\"x,1,2\n"));
  }

  @Test
  void duplicateHeader() {
    assertEquals(
        ":1:3: column 'seed' appears twice (fields 2 and 3)",
        error("implementation,seed,seed,return\nppo,1,1,2\n"));
  }

  @Test
  void unreadable() {
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                Importers.read(
                    dir.resolve("nope.csv"), ImportOptions.defaults().withFormat(Format.LONG_CSV)));
    assertTrue(e.getMessage().endsWith("nope.csv: no such file or directory"), e.getMessage());
  }
}
