package io.seedscope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and one-line errors of the command line, as a user sees them. */
class CliTest {
  @TempDir Path dir;

  /** Runs the CLI capturing stdout and stderr. */
  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code =
          Main.commandLine(args).setErr(new java.io.PrintWriter(System.err, true)).execute(args);
      return new Result(
          code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  private Path csv(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static final String GOOD =
      "implementation,seed,return\n"
          + "a,0,10\na,1,12\na,2,11\na,3,13\na,4,9\n"
          + "b,0,15\nb,1,14\nb,2,16\nb,3,18\nb,4,nan\n";

  @Test
  void aNamedCommandIsTheOnlyOneBuiltAndHelpStillListsAll() {
    assertEquals(
        java.util.Set.of("run"), Main.commandLine(new String[] {"run"}).getSubcommands().keySet());
    assertEquals(10, Main.commandLine(new String[] {"--help"}).getSubcommands().size());
    Result help = run("--help");
    assertEquals(0, help.code());
    for (String c :
        new String[] {"run", "analyze", "compare", "export", "importance", "gate", "reproduce"}) {
      assertTrue(help.out().contains("  " + c + " "), c + " missing from:\n" + help.out());
    }
    Result unknown = run("rn", "spec.yaml");
    assertEquals(2, unknown.code());
    assertTrue(
        unknown.err().startsWith("seedscope: Unmatched arguments from index 0: 'rn'"),
        unknown.err());
    assertEquals(0, run("run", "--help").code());
    assertEquals(0, run("help", "gate").code());
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, run().code());
    Result r = run("analyze", "--no-such-flag", "x.csv");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("seedscope: Unknown option: '--no-such-flag'"), r.err());
  }

  /** A value the analysis cannot use is refused, not run with empty advice or ignored. */
  @Test
  void effectAndThreadsOutOfRangeAreOneLineExitTwo() throws Exception {
    String p = csv("good.csv", GOOD).toString();
    for (String effect : new String[] {"Infinity", "-Infinity", "NaN", "0", "-1.5"}) {
      for (String command : new String[] {"analyze", "compare"}) {
        Result r = run(command, p, "--effect", effect);
        assertEquals(2, r.code(), command + " --effect " + effect + ": " + r.err());
        assertEquals(
            "seedscope: --effect must be a positive finite number, not " + Double.valueOf(effect),
            lastLine(r.err()));
      }
    }
    assertEquals(0, run("compare", p, "--effect", "1.5", "--resamples", "200").code());
    for (String threads : new String[] {"0", "-1"}) {
      for (String[] command :
          new String[][] {
            {"analyze"},
            {"compare"},
            {"gate", "--min-seeds", "2"},
            {"reproduce", "--claim", "mean=11,std=1.58,n=5,implementation=a"}
          }) {
        String[] args = new String[command.length + 3];
        args[0] = command[0];
        args[1] = p;
        System.arraycopy(command, 1, args, 2, command.length - 1);
        args[args.length - 2] = "--threads";
        args[args.length - 1] = threads;
        Result r = run(args);
        assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
        assertEquals("seedscope: --threads must be at least 1, not " + threads, lastLine(r.err()));
      }
    }
  }

  /** The error line: importers print their "read:" summary before it. */
  private static String lastLine(String err) {
    java.util.List<String> lines =
        err.strip().lines().filter(l -> !l.startsWith("read: ")).toList();
    assertEquals(1, lines.size(), err);
    return lines.get(0);
  }

  /** User text quoted in an error keeps it one line: control characters are escaped. */
  @Test
  void errorQuotingALineBreakOrNulsIsStillOneLine() throws Exception {
    Path dup = csv("dup.csv", "implementation,seed,return\n\"b\nline\",0,3\n\"b\nline\",0,4\n");
    Result r = run("analyze", dup.toString());
    assertEquals(2, r.code(), r.err());
    String line = lastLine(r.err());
    assertTrue(line.contains("duplicate row for implementation 'b\\nline', seed 0"), line);
    Path utf16 = dir.resolve("utf16.csv");
    Files.writeString(utf16, "implementation,seed,return\na,0,1\n", StandardCharsets.UTF_16LE);
    r = run("analyze", utf16.toString());
    assertEquals(2, r.code(), r.err());
    line = lastLine(r.err());
    assertFalse(line.chars().anyMatch(Character::isISOControl), line);
    assertTrue(line.contains("i\\u0000m\\u0000p"), line);
    assertEquals("a\\r\\tb\\u001b\\u0085\\u2028c", Main.oneLine("a\r\tb\u001b\u0085\u2028c"));
    assertEquals("plain: C:\\x", Main.oneLine("plain: C:\\x"));
  }

  @Test
  void missingFileIsOneLineExitTwo() {
    Result r = run("analyze", dir.resolve("nope.csv").toString());
    assertEquals(2, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("nope.csv: no such file or directory"), r.err());
  }

  @Test
  void nonNumericCellNamesFileLineAndColumn() throws Exception {
    Path p = csv("bad.csv", "implementation,seed,return\na,0,10\na,1,abc\na,2,12\n");
    Result r = run("analyze", p.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().strip().lines().count() == 1, r.err());
    assertTrue(r.err().contains("bad.csv:3:3: column 'return': 'abc' is not a number"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void raggedRowAndMissingSeedColumn() throws Exception {
    Result ragged =
        run("analyze", csv("r.csv", "implementation,seed,return\na,0,10,5\n").toString());
    assertEquals(2, ragged.code());
    assertTrue(ragged.err().contains("r.csv:2"), ragged.err());
    Result noSeed = run("analyze", csv("s.csv", "implementation,return\na,10\n").toString());
    assertEquals(2, noSeed.code());
    assertTrue(noSeed.err().contains("seed"), noSeed.err());
  }

  @Test
  void analysisJsonIsByteIdenticalAndCountsDivergentRuns() throws Exception {
    Path p = csv("good.csv", GOOD);
    Path j1 = dir.resolve("a1.json");
    Path j2 = dir.resolve("a2.json");
    assertEquals(
        0, run("analyze", p.toString(), "--json", j1.toString(), "--resamples", "2000").code());
    assertEquals(
        0,
        run(
                "analyze",
                p.toString(),
                "--json",
                j2.toString(),
                "--resamples",
                "2000",
                "--threads",
                "1")
            .code());
    assertArrayEquals(Files.readAllBytes(j1), Files.readAllBytes(j2));
    String json = Files.readString(j1);
    assertTrue(json.contains("\"schema\" : \"seedscope.analysis/2\""));
    assertTrue(json.contains("\"divergent\" : 1"), json);
    assertTrue(json.contains("\"baseline\" : \"a\""), json);
  }

  @Test
  void gateExitCodes() throws Exception {
    Path p = csv("good.csv", GOOD);
    assertEquals(0, run("gate", p.toString(), "--min-seeds", "4").code());
    Result fail =
        run("gate", p.toString(), "--min-seeds", "5", "--junit", dir.resolve("g.xml").toString());
    assertEquals(1, fail.code(), fail.out() + fail.err());
    assertTrue(Files.readString(dir.resolve("g.xml")).contains("<failure"));
    assertEquals(2, run("gate", p.toString()).code(), "no rules is a usage error");
  }

  @Test
  void gateChecksTheMainConfigurationOfASweepUnlessAskedForAll() throws Exception {
    StringBuilder csv = new StringBuilder("implementation,seed,param.lr,return\n");
    for (int s = 0; s < 10; s++) {
      csv.append("a,").append(s).append(",0.1,").append(10 + s % 3).append('\n');
    }
    for (String lr : new String[] {"0.2", "0.3"}) {
      for (int s = 0; s < 2; s++) {
        csv.append("a,").append(s).append(',').append(lr).append(",").append(5 + s).append('\n');
      }
    }
    Path p = csv("sweep.csv", csv.toString());
    Result main = run("gate", p.toString(), "--min-seeds", "5");
    assertEquals(0, main.code(), main.out() + main.err());
    assertTrue(main.err().contains("2 sweep configuration(s) left out"), main.err());
    assertEquals(1, run("gate", p.toString(), "--min-seeds", "5", "--all-configs").code());
  }

  @Test
  void gateRulesDecideTheReportVerdicts() throws Exception {
    Path p = csv("good.csv", GOOD);
    Path rules = csv("gate.yaml", "minSeeds: 5\n");
    Path md = dir.resolve("r.md");
    assertEquals(
        0, run("report", p.toString(), "--md", md.toString(), "--rules", rules.toString()).code());
    String text = Files.readString(md);
    // a has 5 finite seeds (stable), b only 4 (one diverged): minSeeds decides both.
    assertTrue(text.contains("| a | default | ✅ stable | minSeeds = 5"), text);
    assertTrue(text.contains("| b | default | ❌ unstable | minSeeds = 4"), text);
    Path plain = dir.resolve("plain.md");
    assertEquals(0, run("report", p.toString(), "--md", plain.toString()).code());
    assertTrue(
        Files.readString(plain).contains("at least 10 seeds"), "default rule without --rules");
    assertEquals(2, run("report", p.toString()).code(), "report needs --html or --md");
  }

  @Test
  void reproduceExitCodes() throws Exception {
    Path p = csv("good.csv", GOOD);
    // a: mean 11, sd 1.58 over 5 seeds. A far-off claim is not reproduced (1).
    assertEquals(
        1, run("reproduce", p.toString(), "--claim", "mean=30,std=1,n=5,implementation=a").code());
    // A claim equal to the data but with few seeds and a tight margin is inconclusive (3).
    assertEquals(
        3,
        run(
                "reproduce",
                p.toString(),
                "--claim",
                "mean=11,std=1.58,n=5,implementation=a",
                "--margin",
                "0.1")
            .code());
    assertEquals(2, run("reproduce", p.toString(), "--claim", "mean=abc").code());
  }
}
