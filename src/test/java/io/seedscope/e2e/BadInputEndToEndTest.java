package io.seedscope.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad specs, CSVs and rules through the command line: exit 2 and one line on stderr naming the
 * file, line and column (where the input has them), never a stack trace. Importers may print their
 * "read: ..." summary before the error; nothing else may appear.
 */
class BadInputEndToEndTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  /** Runs a command expected to fail on input and returns its single error line. */
  private static String oneLineError(String... args) {
    Cli.Result r = Cli.run(args);
    assertEquals(2, r.code(), r.all());
    List<String> lines = r.err().strip().lines().filter(l -> !l.startsWith("read: ")).toList();
    assertEquals(1, lines.size(), r.all());
    String line = lines.get(0);
    assertTrue(line.startsWith("seedscope: "), line);
    for (String trace : List.of("Exception", "\tat ", "  at ", "internal error", "Caused by")) {
      assertFalse(r.all().contains(trace), "no stack trace: " + r.all());
    }
    return line;
  }

  private static void assertContains(String line, String expected) {
    assertTrue(line.contains(expected), () -> "expected '" + expected + "' in: " + line);
  }

  /** A spec error stops everything before the first run: no records are written. */
  private void assertNothingRan(Path out) throws Exception {
    Path records = out.resolve("records");
    assertTrue(
        !Files.exists(records) || Files.list(records).findAny().isEmpty(),
        "records written despite an invalid spec");
  }

  /**
   * A program that cannot be started is one error at its place in the spec before any run, not a
   * "cannot start" failure of every run; a relative path is refused because each run starts in its
   * own directory.
   */
  @Test
  void specWhoseProgramCannotBeStarted() throws Exception {
    String[][] cases = {
      {"[pythn3, train.py, '{seed}']", "typo.yaml:5:17: program 'pythn3' is not on PATH"},
      {
        "['./train.sh', '{seed}']",
        "program './train.sh' is a relative path, but each run starts in its own directory runs/<run id>/;"
            + " write {spec_dir}/train.sh or an absolute path"
      },
      {"['{spec_dir}/train.sh']", "/train.sh' does not exist"},
    };
    for (String[] c : cases) {
      Path spec =
          write(
              "typo.yaml",
              String.join(
                  "\n",
                  "name: t",
                  "metric: return",
                  "seeds: [0, 1]",
                  "implementations:",
                  "  a: {command: " + c[0] + "}",
                  ""));
      Path out = dir.resolve("typo");
      String e = oneLineError("run", spec.toString(), "--out", out.toString());
      assertContains(e, c[1]);
      assertNothingRan(out);
    }
  }

  @Test
  void specWithUnknownKey() throws Exception {
    Path spec =
        write(
            "unknown.yaml",
            String.join(
                "\n",
                "name: t",
                "metric: return",
                "seeds: [0, 1]",
                "implementations:",
                "  a:",
                "    command: [echo, '{seed}']",
                "    bogus: 1",
                ""));
    Path out = dir.resolve("o1");
    String e = oneLineError("run", spec.toString(), "--out", out.toString());
    assertContains(e, "unknown.yaml:7:5: unknown key 'bogus'");
    assertNothingRan(out);
  }

  @Test
  void outputPathThatCannotBeWrittenIsAnInputError() throws Exception {
    Path csv = write("good.csv", "implementation,seed,return\na,0,1\na,1,2\nb,0,3\nb,1,4\n");
    Path notADir = write("plain.txt", "x");
    String json = notADir.resolve("out.json").toString();
    assertContains(
        oneLineError("analyze", csv.toString(), "--json", json),
        notADir + ": exists and is not a directory");
    String html = notADir.resolve("report.html").toString();
    String e = oneLineError("analyze", csv.toString(), "--html", html);
    assertFalse(e.contains(".tmp"), "names the report, not its temporary file: " + e);
    assertContains(e, notADir.toString());
    String export = notADir.resolve("sub").resolve("x.csv").toString();
    Path runs = dir.resolve("runs");
    Path spec =
        write(
            "tiny.yaml",
            "name: t\nmetric: return\nseeds: [0]\nimplementations:\n"
                + "  a: {java: io.seedscope.e2e.SyntheticExperiment}\n");
    assertEquals(
        0, Cli.run("run", spec.toString(), "--out", runs.toString(), "--no-report").code());
    assertContains(oneLineError("export", runs.toString(), "--csv", export), export);
    if (Files.exists(Path.of("/dev/full"))) { // Linux: every write fails with ENOSPC
      assertContains(
          oneLineError("analyze", csv.toString(), "--md", "/dev/full"), "No space left on device");
    }
  }

  @Test
  void badAnalysisFlagOfRunStopsBeforeAnyRun() throws Exception {
    Path spec =
        write(
            "ok.yaml",
            String.join(
                "\n",
                "name: t",
                "metric: return",
                "seeds: [0, 1]",
                "implementations:",
                "  a: {java: io.seedscope.e2e.SyntheticExperiment}",
                ""));
    Path out = dir.resolve("flags");
    assertContains(
        oneLineError("run", spec.toString(), "--out", out.toString(), "--aggregate", "foo"),
        "--aggregate");
    assertNothingRan(out);
    assertContains(
        oneLineError("run", spec.toString(), "--out", out.toString(), "--level", "5"), "--level");
    assertContains(
        oneLineError("run", spec.toString(), "--out", out.toString(), "--test", "t-test"),
        "--test");
    assertContains(
        oneLineError("run", spec.toString(), "--out", out.toString(), "--reference", "missing.csv"),
        "missing.csv");
    assertContains(
        oneLineError("run", spec.toString(), "--dry-run", "--aggregate", "foo"), "--aggregate");
    assertNothingRan(out);
  }

  @Test
  void specWithPlaceholderThatNamesNoParameter() throws Exception {
    String command = "    command: [echo, --lr, '{lr}', --x, '{nosuch}']";
    Path spec =
        write(
            "placeholder.yaml",
            String.join(
                "\n",
                "name: t",
                "metric: return",
                "seeds: [0, 1]",
                "config: {lr: 0.1}",
                "implementations:",
                "  a:",
                command,
                ""));
    Path out = dir.resolve("o2");
    String e = oneLineError("run", spec.toString(), "--out", out.toString());
    int column = command.indexOf("'{nosuch}'") + 1;
    assertContains(e, "placeholder.yaml:7:" + column + ": placeholder {nosuch} names no parameter");
    assertContains(e, "lr");
    assertNothingRan(out);
  }

  @Test
  void specWithEmptySeedList() throws Exception {
    Path spec =
        write(
            "seeds.yaml",
            String.join(
                "\n",
                "name: t",
                "metric: return",
                "seeds: []",
                "implementations:",
                "  a:",
                "    command: [echo, '{seed}']",
                ""));
    Path out = dir.resolve("o3");
    String e = oneLineError("run", spec.toString(), "--out", out.toString());
    assertContains(e, "seeds.yaml:3:8: ");
    assertContains(e, "seed list is empty");
    assertNothingRan(out);
  }

  @Test
  void csvWithRaggedRow() throws Exception {
    Path csv = write("ragged.csv", "implementation,seed,return\na,0,1\na,1,2,3\n");
    assertContains(
        oneLineError("analyze", csv.toString()),
        "ragged.csv:3:4: row has 4 fields but the header has 3");
  }

  @Test
  void csvWithDuplicateRunAndStep() throws Exception {
    Path csv = write("dup.csv", "implementation,seed,step,return\na,0,0,1\na,0,1,2\na,0,1,3\n");
    String e = oneLineError("analyze", csv.toString());
    assertContains(e, "dup.csv:4:3: duplicate step 1");
    assertContains(e, "line 3");
  }

  @Test
  void emptyCsv() throws Exception {
    Path csv = write("empty.csv", "");
    assertContains(oneLineError("analyze", csv.toString()), "empty.csv: file is empty");
  }

  @Test
  void csvWithoutMetricColumn() throws Exception {
    Path csv = write("nometric.csv", "implementation,seed\na,0\na,1\n");
    String e = oneLineError("analyze", csv.toString());
    assertContains(e, "nometric.csv:1: no metric column");
    assertContains(e, "implementation, seed");
  }

  /** A text cell in the first row of a metric column is a bad cell, as in any later row. */
  @Test
  void csvWithNonNumericFirstCell() throws Exception {
    Path one = write("first.csv", "implementation,seed,return\na,0,abc\na,1,2\na,2,3\n");
    assertContains(
        oneLineError("analyze", one.toString()),
        "first.csv:2:3: column 'return': 'abc' is not a number");
    Path two =
        write("first2.csv", "implementation,seed,return,loss\na,0,abc,1\na,1,2,2\na,2,3,3\n");
    for (String metric : List.of("loss", "return")) {
      assertContains(
          oneLineError("analyze", two.toString(), "--metric", metric),
          "first2.csv:2:3: column 'return': 'abc' is not a number");
    }
  }

  /** A mostly-text column (git hashes, one all digits) is ignored with a warning, not an error. */
  @Test
  void csvWithMostlyTextColumn() throws Exception {
    Path csv =
        write(
            "hashes.csv",
            "implementation,seed,commit,return\na,0,a1b2c3d,1\na,1,9f8e7d6,2\na,2,4471302,3\n");
    Cli.Result r = Cli.run("analyze", csv.toString(), "--metric", "return");
    assertEquals(0, r.code(), r.all());
    assertContains(r.all(), "ignoring non-numeric column 'commit'");
  }

  /** --metric naming a column of text says where its text is, not that there is no such metric. */
  @Test
  void metricNamingATextColumn() throws Exception {
    Path csv = write("notes.csv", "implementation,seed,notes,return\na,0,fine,1\na,1,,2\n");
    assertContains(
        oneLineError("analyze", csv.toString(), "--metric", "notes"),
        "metric 'notes' is not numeric (first non-numeric value at " + csv + ":2:3: 'fine')");
  }

  @Test
  void unknownMetricListsTheAvailableOnes() throws Exception {
    Path csv = write("two.csv", "implementation,seed,return,loss\na,0,1,2\na,1,2,3\n");
    String e = oneLineError("analyze", csv.toString(), "--metric", "nosuch");
    assertContains(e, "two.csv: no metric 'nosuch' (available: loss, return)");
  }

  @Test
  void gateRulesWithWrongType() throws Exception {
    Path csv = write("two.csv", "implementation,seed,return\na,0,1\na,1,2\n");
    Path rules = write("rules.yaml", "maxCv: 0.5\nminSeeds: many\n");
    String e = oneLineError("gate", csv.toString(), "--rules", rules.toString());
    assertContains(e, "rules.yaml:2:11: minSeeds must be a whole number, not 'many'");
  }

  /**
   * The same through a real process: Main.main's System.exit carries the code, and stderr holds the
   * one line (nothing from the JVM, no trace).
   */
  @Test
  void childJvmExitsTwoWithOneLine() throws Exception {
    Path csv = write("ragged.csv", "implementation,seed,return\na,0,1\na,1,2,3\n");
    Path err = dir.resolve("stderr.txt");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                Cli.classPath(),
                "io.seedscope.cli.Main",
                "analyze",
                csv.toString())
            .redirectOutput(dir.resolve("stdout.txt").toFile())
            .redirectError(err.toFile())
            .start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM finished");
    assertEquals(2, p.exitValue());
    String text = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(
        List.of("seedscope: " + csv + ":3:4: row has 4 fields but the header has 3"),
        text.strip().lines().toList(),
        text);
    assertEquals("", Files.readString(dir.resolve("stdout.txt")));
  }
}
