package io.seedscope.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.Config;
import io.seedscope.spec.Spec;
import io.seedscope.spec.SpecReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlanTest {

  static Spec spec(String seeds, String command) {
    return SpecReader.parse(
        Path.of("s.yaml"),
        new StringReader(
            "name: p\nmetric: return\nseeds: "
                + seeds
                + "\nconfig: {lr: 0.1}\nimplementations:\n  a: {command: "
                + command
                + "}\n  b: {java: x.Y}\n"));
  }

  @Test
  void everyImplementationTimesSeedWithStableIds() {
    Plan p1 = Plan.of(spec("{count: 3}", "[prog, '{seed}']"), 1);
    Plan p2 = Plan.of(spec("{count: 3}", "[prog, '{seed}']"), 1);
    assertEquals(6, p1.size());
    assertEquals(p1.trials(), p2.trials());
    Set<String> ids = p1.trials().stream().map(Trial::runId).collect(Collectors.toSet());
    assertEquals(6, ids.size());
    assertTrue(p1.trials().stream().allMatch(t -> t.runId().matches("[0-9a-f]{16}")));
  }

  @Test
  void moreSeedsKeepTheOldIds() {
    Set<String> three =
        Plan.of(spec("{count: 3}", "[prog]"), 1).trials().stream()
            .map(Trial::runId)
            .collect(Collectors.toSet());
    Set<String> five =
        Plan.of(spec("{count: 5}", "[prog]"), 1).trials().stream()
            .map(Trial::runId)
            .collect(Collectors.toSet());
    assertTrue(five.containsAll(three));
    assertEquals(4, five.size() - three.size());
  }

  @Test
  void changedCommandOrConfigChangesIds() {
    String a = Plan.of(spec("[1]", "[prog]"), 1).trials().get(0).runId();
    String b = Plan.of(spec("[1]", "[other]"), 1).trials().get(0).runId();
    assertNotEquals(a, b);
    String c = RunIds.of("a", "command:prog", "default", Config.of(Map.of("lr", "0.2")), 1, 0);
    assertNotEquals(a, c);
  }

  @Test
  void changedEnvironmentChangesIdsAndNoEnvironmentKeepsThem() {
    // An env value is an algorithm switch as much as an argument is: --resume must not reuse it.
    String noEnv = "[prog, '{seed}']";
    String withEnv = "[prog, '{seed}'], env: {MODE: fast}";
    String otherEnv = "[prog, '{seed}'], env: {MODE: slow}";
    String a0 = Plan.of(spec("[1]", noEnv), 1).trials().get(0).runId();
    String a1 = Plan.of(spec("[1]", withEnv), 1).trials().get(0).runId();
    String a2 = Plan.of(spec("[1]", otherEnv), 1).trials().get(0).runId();
    assertNotEquals(a0, a1);
    assertNotEquals(a1, a2);
    // Without env the id is the one pinned below from the command alone (older directories resume).
    assertEquals(
        RunIds.of("a", "command:prog\u0000{seed}", "default", Config.of(Map.of("lr", "0.1")), 1, 0),
        a0);
  }

  @Test
  void repeatsAddDistinctRunsAndKeepRepeatZero() {
    Plan once = Plan.of(spec("[1, 2]", "[prog]"), 1);
    Plan thrice = Plan.of(spec("[1, 2]", "[prog]"), 3);
    assertEquals(12, thrice.size());
    Set<String> all = new HashSet<>();
    thrice.trials().forEach(t -> all.add(t.runId()));
    assertEquals(12, all.size());
    assertTrue(all.containsAll(once.trials().stream().map(Trial::runId).toList()));
  }

  @Test
  void idIsPinned() {
    // Pinned so that an accidental change of the id scheme (which would make every resume rerun
    // everything) fails loudly: first 16 hex digits of SHA-256 of the documented text.
    assertEquals(
        RunIds.hex16("seedscope-run-v1\na\ncommand:prog\ndefault\nlr=0.1\n1"),
        RunIds.of("a", "command:prog", "default", Config.of(Map.of("lr", "0.1")), 1, 0));
    assertEquals("e3b0c44298fc1c14", RunIds.hex16("")); // SHA-256 of the empty string
    assertEquals(
        List.of(1L, 1L, 2L, 2L),
        Plan.of(spec("[1, 2]", "[prog]"), 1).trials().stream().map(Trial::seed).toList());
  }
}
