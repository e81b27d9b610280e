package io.seedscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command that cannot write one of its outputs writes none of them (and no temporaries). */
class OutputsAllOrNoneTest {
  @TempDir Path dir;

  private static final String GOOD =
      "implementation,seed,return\na,0,10\na,1,12\na,2,11\nb,0,15\nb,1,14\nb,2,16\n";

  private String good() throws Exception {
    Path p = dir.resolve("in/good.csv");
    Files.createDirectories(p.getParent());
    Files.writeString(p, GOOD, StandardCharsets.UTF_8);
    return p.toString();
  }

  /** Files left in the output directory. */
  private List<String> written() throws Exception {
    Path out = dir.resolve("out");
    if (!Files.isDirectory(out)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(out)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String error(CliTest.Result r) {
    assertEquals(2, r.code(), r.out() + r.err());
    List<String> lines = r.err().strip().lines().filter(l -> !l.startsWith("read: ")).toList();
    assertEquals(1, lines.size(), r.err());
    return lines.get(0);
  }

  @Test
  void analyzeWritesNoJsonWhenTheHtmlCannotBeWritten() throws Exception {
    String in = good();
    Path blocker = dir.resolve("out/file");
    Files.createDirectories(blocker.getParent());
    Files.writeString(blocker, "a file, not a directory");
    String json = dir.resolve("out/pw.json").toString();
    String line =
        error(
            CliTest.run(
                "analyze", in, "--json", json, "--html", blocker.resolve("x.html").toString()));
    assertEquals(List.of("file"), written());
    assertEquals("seedscope: " + blocker + ": exists and is not a directory", line);

    line =
        error(
            CliTest.run(
                "report", in, "--md", json.replace(".json", ".md"), "--html", dir.toString()));
    assertEquals("seedscope: " + dir + ": is a directory, not a file to write", line);
    assertEquals(List.of("file"), written());
  }

  @Test
  void everyOutputIsWrittenWhenAllCan() throws Exception {
    String in = good();
    Path out = dir.resolve("out");
    CliTest.Result r =
        CliTest.run(
            "analyze",
            in,
            "--resamples",
            "200",
            "--json",
            out.resolve("a.json").toString(),
            "--md",
            out.resolve("a.md").toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of("a.json", "a.manifest.json", "a.md"), written());
  }

  /**
   * Only plain files are staged: a link to a file is written through (the link stays), and a link
   * to a device (/dev/stdout, /dev/null) is written to, never replaced by a file.
   */
  @Test
  void linksAndDevicesAreWrittenThroughNotReplaced() throws Exception {
    String in = good();
    Path out = Files.createDirectories(dir.resolve("out"));
    Path real = Files.writeString(dir.resolve("real.md"), "old");
    Path link = Files.createSymbolicLink(out.resolve("link.md"), real);
    Path sink = Files.createSymbolicLink(out.resolve("sink.json"), Path.of("/dev/null"));
    CliTest.Result r =
        CliTest.run(
            "analyze",
            in,
            "--resamples",
            "200",
            "--md",
            link.toString(),
            "--json",
            sink.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.isSymbolicLink(link) && Files.isSymbolicLink(sink));
    assertTrue(Files.readString(real).contains("return"), Files.readString(real));
    assertEquals(List.of("link.md", "sink.json", "sink.manifest.json"), written());
  }

  @Test
  void gateWritesNoReportOrBaselineWhenOneOutputCannotBeWritten() throws Exception {
    String in = good();
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("junit.xml"));
    error(
        CliTest.run(
            "gate",
            in,
            "--min-seeds",
            "2",
            "--json",
            out.resolve("g.json").toString(),
            "--save-baseline",
            out.resolve("b.json").toString(),
            "--junit",
            out.resolve("junit.xml").toString()));
    assertEquals(List.of("junit.xml"), written());
    // Bad input after the baseline was computed (no rules file) leaves no baseline either.
    error(
        CliTest.run(
            "gate",
            in,
            "--save-baseline",
            out.resolve("b.json").toString(),
            "--rules",
            dir.resolve("missing.yaml").toString()));
    assertEquals(List.of("junit.xml"), written());
    // A baseline alone is still saved.
    assertEquals(
        0, CliTest.run("gate", in, "--save-baseline", out.resolve("b.json").toString()).code());
    assertEquals(List.of("b.json", "junit.xml"), written());
  }

  @Test
  void aFailedCommandRemovesTheDirectoriesItCreatedAndKeepsOthers() throws Exception {
    String in = good();
    Path blocker = dir.resolve("out/file");
    Files.createDirectories(blocker.getParent());
    Files.writeString(blocker, "a file, not a directory");
    Path json = dir.resolve("out/new/deeper/a.json");
    error(
        CliTest.run(
            "analyze",
            in,
            "--json",
            json.toString(),
            "--html",
            blocker.resolve("x.html").toString()));
    assertEquals(List.of("file"), written(), "out/new/deeper was made for the JSON, then removed");
  }

  @Test
  void aReplacedOutputKeepsItsPermissions() throws Exception {
    String in = good();
    Path json = dir.resolve("out/private.json");
    Files.createDirectories(json.getParent());
    Files.writeString(json, "old");
    java.util.Set<java.nio.file.attribute.PosixFilePermission> ownerOnly =
        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");
    Files.setPosixFilePermissions(json, ownerOnly);
    CliTest.Result r = CliTest.run("analyze", in, "--json", json.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.readString(json).contains("\"schema\""));
    assertEquals(ownerOnly, Files.getPosixFilePermissions(json));
  }

  @Test
  void aStoppedJvmLeavesNoTemporaries() throws Exception {
    Path out = dir.resolve("out");
    try (StagedFiles files = new StagedFiles()) {
      Path tmp = files.stage(out.resolve("report/index.html"));
      Files.writeString(tmp, "half a report");
      assertTrue(Files.exists(tmp));
      // What Ctrl-C or SIGTERM runs before the JVM exits, between staging and committing.
      Thread hook = files.cleanupOnStop();
      hook.start();
      hook.join();
      assertTrue(Files.notExists(tmp));
      assertTrue(Files.notExists(out), "the directories made for it are gone too");
    }
  }
}
