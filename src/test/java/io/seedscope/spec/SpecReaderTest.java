package io.seedscope.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.CurveAggregate;
import io.seedscope.model.Goal;
import io.seedscope.model.InputException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecReaderTest {

  private static final String GOOD =
      String.join(
          "\n",
          "name: cartpole-reinforce",
          "task: CartPole",
          "metric: {name: return, goal: minimize, aggregate: 'mean-last:10'}",
          "seeds: {count: 3, start: 5}",
          "config: {lr: 0.01, gamma: 0.99}",
          "implementations:",
          "  textbook: {java: io.seedscope.demo.TextbookReinforce}",
          "  normalized:",
          "    command: [python, train.py, --seed, '{seed}', --lr, '{lr}', --out, '{run_dir}']",
          "    env: {OMP_NUM_THREADS: '1'}",
          "run: {workers: 3, timeout: 5m, retries: 1, workerEnv: [{CUDA_VISIBLE_DEVICES: '0'}, {CUDA_VISIBLE_DEVICES: '1'}]}",
          "");

  static Spec parse(String yaml) {
    return SpecReader.parse(Path.of("spec.yaml"), new StringReader(yaml));
  }

  static String error(String yaml) {
    return assertThrows(InputException.class, () -> parse(yaml)).getMessage();
  }

  @Test
  void readsEveryField() {
    Spec s = parse(GOOD);
    assertEquals("cartpole-reinforce", s.name());
    assertEquals("CartPole", s.task());
    assertEquals(Goal.MINIMIZE, s.metric().goal());
    assertEquals(CurveAggregate.parse("mean-last:10"), s.metric().aggregate());
    assertEquals(List.of(5L, 6L, 7L), s.seeds());
    assertEquals("0.01", s.config().get("lr"));
    assertEquals(List.of("textbook", "normalized"), List.copyOf(s.implementations().keySet()));
    Implementation.Command c = (Implementation.Command) s.implementations().get("normalized");
    assertEquals("{lr}", c.argv().get(5));
    assertEquals("1", c.env().get("OMP_NUM_THREADS"));
    assertEquals(3, s.run().workers());
    assertEquals(Duration.ofMinutes(5), s.run().timeout());
    assertEquals(1, s.run().retries());
    assertEquals("1", s.run().envForSlot(3).get("CUDA_VISIBLE_DEVICES"));
  }

  @Test
  void seedListAndScalarMetric() {
    Spec s =
        parse(
            GOOD.replace("seeds: {count: 3, start: 5}", "seeds: [3, 1, 2]")
                .replace(
                    "metric: {name: return, goal: minimize, aggregate: 'mean-last:10'}",
                    "metric: return"));
    assertEquals(List.of(3L, 1L, 2L), s.seeds());
    assertEquals(Goal.MAXIMIZE, s.metric().goal());
  }

  @Test
  void unknownKeyNamesFileLineAndColumn() {
    String msg = error(GOOD.replace("task: CartPole", "task: CartPole\nworkerz: 3"));
    assertEquals(
        "spec.yaml:3:1: unknown key 'workerz' in the spec (allowed: config, gate, implementations,"
            + " metric, name, run, seeds, sweep, task)",
        msg);
  }

  @Test
  void unknownNestedKey() {
    String msg = error(GOOD.replace("retries: 1", "retry: 1"));
    assertTrue(msg.startsWith("spec.yaml:11:"), msg);
    assertTrue(msg.contains("unknown key 'retry' in run"), msg);
  }

  @Test
  void missingField() {
    String msg = error(GOOD.replace("name: cartpole-reinforce\n", ""));
    assertEquals("spec.yaml:1:1: the spec is missing the required key 'name'", msg);
  }

  @Test
  void wrongType() {
    String msg = error(GOOD.replace("workers: 3", "workers: many"));
    assertTrue(
        msg.matches("spec\\.yaml:11:\\d+: run\\.workers must be an integer, not 'many'"), msg);
  }

  @Test
  void placeholderThatNamesNoParameter() {
    String msg = error(GOOD.replace("'{lr}'", "'{learning_rate}'"));
    assertTrue(msg.startsWith("spec.yaml:9:"), msg);
    assertTrue(msg.contains("placeholder {learning_rate} names no parameter"), msg);
  }

  @Test
  void placeholderOfAnotherImplementationsConfigIsNotKnownHere() {
    String yaml =
        GOOD.replace(
                "  textbook: {java: io.seedscope.demo.TextbookReinforce}",
                "  textbook: {java: io.seedscope.demo.TextbookReinforce, config: {mom: 0.9}}")
            .replace("'{lr}'", "'{mom}'");
    String msg = error(yaml);
    assertTrue(msg.startsWith("spec.yaml:9:"), msg);
    assertTrue(msg.contains("placeholder {mom} names no parameter"), msg);
    // Its own config makes it known.
    parse(
        yaml.replace(
            "    env: {OMP_NUM_THREADS: '1'}",
            "    env: {OMP_NUM_THREADS: '1'}\n    config: {mom: 0.8}"));
  }

  @Test
  void sweepParametersAreKnownOnlyToTheImplementationsItRuns() {
    String sweep =
        "sweep: {implementations: [textbook], space: {beta: {values: [1, 2]}}, configs: 2,"
            + " seedsPerConfig: 1}\n";
    String msg = error(GOOD.replace("'{lr}'", "'{beta}'") + sweep);
    assertTrue(msg.contains("placeholder {beta} names no parameter"), msg);
    parse(GOOD.replace("'{lr}'", "'{beta}'") + sweep.replace("[textbook]", "[normalized]"));
  }

  @Test
  void workerEnvPlaceholdersAreChecked() {
    String msg =
        error(GOOD.replace("{CUDA_VISIBLE_DEVICES: '1'}", "{CUDA_VISIBLE_DEVICES: '{nope}-1'}"));
    assertTrue(msg.startsWith("spec.yaml:11:"), msg);
    assertTrue(msg.contains("placeholder {nope} names no parameter of every command"), msg);
    parse(GOOD.replace("{CUDA_VISIBLE_DEVICES: '1'}", "{CUDA_VISIBLE_DEVICES: '{worker}-{lr}'}"));
  }

  @Test
  void emptySeedList() {
    String msg = error(GOOD.replace("seeds: {count: 3, start: 5}", "seeds: []"));
    assertEquals("spec.yaml:4:8: the seed list is empty: give at least one seed", msg);
  }

  @Test
  void seedsThatWouldPassTheLargestLongAreAnError() {
    assertEquals(
        "spec.yaml:4:26: seeds: 3 seeds from 9223372036854775807 pass the largest seed,"
            + " 9223372036854775807",
        error(GOOD.replace("start: 5", "start: 9223372036854775807")));
    // The last seed may be the largest long itself.
    assertEquals(
        Long.MAX_VALUE,
        parse(GOOD.replace("start: 5", "start: 9223372036854775805")).seeds().get(2));
  }

  @Test
  void seedRangeEndsAtTheLargestLongAndNeverWraps() {
    // Shared by seeds: {count, start} and run --seed-count.
    assertEquals(
        List.of(Long.MAX_VALUE - 1, Long.MAX_VALUE), Spec.seedRange(Long.MAX_VALUE - 1, 2));
    assertThrows(IllegalArgumentException.class, () -> Spec.seedRange(Long.MAX_VALUE - 1, 3));
    assertEquals(List.of(-2L, -1L, 0L), Spec.seedRange(-2, 3));
  }

  @Test
  void yamlAliasesAreAnErrorNotTheAnchorsName() {
    String msg =
        error(GOOD.replace("seeds: {count: 3, start: 5}", "seeds: {count: &n 3, start: *n}"));
    assertEquals("spec.yaml:4:29: YAML aliases ('*n') are not supported: write the value out", msg);
  }

  @Test
  void duplicateSeedAndZeroCount() {
    assertTrue(
        error(GOOD.replace("seeds: {count: 3, start: 5}", "seeds: [1, 2, 1]"))
            .contains("seed 1 is listed twice"));
    assertTrue(
        error(GOOD.replace("count: 3", "count: 0")).contains("seeds.count must be at least 1"));
  }

  @Test
  void badGoalAggregateAndDuration() {
    assertTrue(error(GOOD.replace("goal: minimize", "goal: up")).contains("metric.goal must be"));
    assertTrue(error(GOOD.replace("'mean-last:10'", "median")).contains("aggregate must be"));
    assertTrue(error(GOOD.replace("timeout: 5m", "timeout: soon")).contains("is not a duration"));
  }

  @Test
  void implementationNeedsExactlyOneKind() {
    assertTrue(
        error(GOOD.replace("{java: io.seedscope.demo.TextbookReinforce}", "{}"))
            .contains("needs exactly one of 'command'"));
    assertTrue(
        error(GOOD.replace("implementations:\n", "implementations: {}\nx:\n"))
            .contains("unknown key 'x'"));
  }

  @Test
  void yamlSyntaxErrorAndDuplicateKey() {
    String msg = error("name: x\nmetric: [unclosed\n");
    assertTrue(msg.startsWith("spec.yaml:"), msg);
    assertEquals("spec.yaml:2:1: duplicate key 'name'", error("name: x\nname: y\n"));
    assertEquals("spec.yaml:1:1: the file is empty", error(""));
    assertTrue(msg.contains(": syntax error: "), msg);
    // A second YAML document would otherwise be silently ignored.
    assertEquals(
        "spec.yaml:3:1: unexpected content after the document", error("name: x\n---\nname: y\n"));
    assertEquals("cartpole-reinforce", parse(GOOD + "---\n").name(), "an empty trailing document");
  }

  @Test
  void missingFileIsAnInputError() {
    InputException e =
        assertThrows(InputException.class, () -> SpecReader.read(Path.of("no/such/spec.yaml")));
    assertEquals("no/such/spec.yaml: no such file", e.getMessage());
  }

  @Test
  void durations() {
    assertEquals(Duration.ofSeconds(90), SpecReader.parseDuration("90"));
    assertEquals(Duration.ofMillis(500), SpecReader.parseDuration("500ms"));
    assertEquals(Duration.ofMinutes(90), SpecReader.parseDuration("1.5h"));
    assertThrows(IllegalArgumentException.class, () -> SpecReader.parseDuration("0s"));
  }
}
