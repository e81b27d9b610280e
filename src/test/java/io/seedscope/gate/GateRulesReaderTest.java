package io.seedscope.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.seedscope.model.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateRulesReaderTest {

  static GateRules parse(String yaml) {
    return GateRulesReader.parse("gate.yaml", yaml, Path.of("/ci"));
  }

  static String error(String yaml) {
    return assertThrows(InputException.class, () -> parse(yaml)).getMessage();
  }

  @Test
  void readsEveryRule() {
    GateRules r =
        parse(
            "level: 0.9\n"
                + "minSeeds: 5\n"
                + "maxCv: 0.2\n"
                + "maxCiRel: 0.1\n"
                + "minLowerBound: -250\n"
                + "maxFailedShare: 0.1\n"
                + "determinism: 1e-9\n"
                + "noRegression:\n"
                + "  baseline: base/baseline.json\n"
                + "  method: poi\n"
                + "  alpha: 0.01\n"
                + "  minPoi: 0.3\n"
                + "  tolerance: 2.5\n");
    assertEquals(
        new GateRules(
            0.9,
            5,
            0.2,
            0.1,
            -250.0,
            0.1,
            1e-9,
            new GateRules.NoRegression(
                Path.of("/ci/base/baseline.json"), GateRules.Method.POI, 0.01, 0.3, 2.5)),
        r);
  }

  @Test
  void shortForms() {
    GateRules r = parse("determinism: true\nnoRegression: b.json\n");
    assertEquals(0.0, r.determinism());
    assertEquals(GateRules.NoRegression.of(Path.of("/ci/b.json")), r.noRegression());
    assertEquals(0.95, r.level());
    assertNull(parse("determinism: false\n").determinism());
    assertEquals(1e-6, parse("determinism: {tolerance: 1e-6}\n").determinism());
  }

  @Test
  void readsAFileAndResolvesTheBaselineNextToIt(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("gate.yaml");
    Files.writeString(f, "minSeeds: 3\nnoRegression: {baseline: baseline.json}\n");
    GateRules r = GateRulesReader.read(f);
    assertEquals(3, r.minSeeds());
    assertEquals(dir.toAbsolutePath().resolve("baseline.json"), r.noRegression().baseline());
  }

  @Test
  void unknownKeyIsReportedAtItsLineAndColumn() {
    assertEquals(
        "gate.yaml:2:1: unknown key 'maxCV' in the gate rules (known: determinism, level,"
            + " maxCiRel, maxCv, maxFailedShare, minLowerBound, minSeeds, noRegression)",
        error("minSeeds: 3\nmaxCV: 0.2\n"));
    assertEquals(
        "gate.yaml:3:3: unknown key 'alfa' in noRegression (known: alpha, baseline, method,"
            + " minPoi, tolerance)",
        error("noRegression:\n  baseline: b.json\n  alfa: 0.1\n"));
  }

  @Test
  void wrongTypesAndRanges() {
    assertEquals(
        "gate.yaml:1:11: minSeeds must be a whole number, not '2.5'", error("minSeeds: 2.5"));
    assertEquals(
        "gate.yaml:2:8: maxCv must be a finite number, not 'high'",
        error("level: 0.9\nmaxCv: high"));
    assertEquals("gate.yaml:1:8: maxCv must be a finite number >= 0", error("maxCv: -1"));
    assertEquals("gate.yaml:1:8: level must be strictly between 0 and 1", error("level: 95"));
    assertEquals("gate.yaml:1:17: maxFailedShare must be in [0, 1]", error("maxFailedShare: 1.5"));
    assertEquals(
        "gate.yaml:1:8: maxCv must be a finite number, not a list", error("maxCv: [1, 2]"));
    assertEquals(
        "gate.yaml:2:11: noRegression method must be 'welch' or 'poi', not 'ttest'",
        error("noRegression:\n  method: ttest\n  baseline: b.json\n"));
    assertEquals(
        "gate.yaml:1:15: noRegression needs 'baseline: FILE' (written by --save-baseline)",
        error("noRegression: {method: poi}"));
    assertEquals(
        "gate.yaml:1:1: the gate rules must be a mapping (key: value lines), not a list",
        error("- minSeeds: 3"));
    assertEquals("gate.yaml:2:1: duplicate key 'maxCv'", error("maxCv: 1\nmaxCv: 2\n"));
  }

  @Test
  void syntaxErrorsAndEmptyFiles() {
    String e = error("minSeeds: 3\n  maxCv: [1,\n");
    assertEquals(true, e.startsWith("gate.yaml:2:"), e);
    assertEquals(true, e.contains("syntax error"), e);
    assertEquals("gate.yaml:1:1: the file is empty", error(""));
    assertEquals(
        "gate.yaml: file not found",
        assertThrows(InputException.class, () -> GateRulesReader.read(Path.of("gate.yaml")))
            .getMessage());
  }

  @Test
  void builderValidatesFlagValues() {
    assertEquals(
        "maxCv must be a finite number >= 0",
        assertThrows(InputException.class, () -> GateRules.builder().maxCv(-0.1).build())
            .getMessage());
    GateRules yaml = parse("minSeeds: 3\nmaxCv: 0.2\n");
    GateRules merged = GateRules.builder().from(yaml).maxCv(0.5).build();
    assertEquals(3, merged.minSeeds());
    assertEquals(0.5, merged.maxCv());
  }
}
