package io.seedscope.sensitivity.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.InputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchSpaceReaderTest {

  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  /** The example of the spec sketch, as Jackson's YAML parser returns it. */
  static Map<String, Object> example() {
    return map(
        "lr", map("type", "float", "low", "1e-4", "high", 0.1, "log", true),
        "gamma", map("type", "float", "low", 0.9, "high", 0.999),
        "batch", map("type", "int", "low", 1, "high", 8),
        "optimizer", map("type", "categorical", "values", List.of("adam", "sgd")),
        "momentum", map("type", "float", "low", 0, "high", 0.99, "when", map("optimizer", "sgd")));
  }

  @Test
  void readsEveryTypeAndOrdersParentsBeforeChildrenThenByName() {
    SearchSpace s = SearchSpaceReader.fromMap(example());
    assertEquals(List.of("batch", "gamma", "lr", "optimizer", "momentum"), s.names());
    FloatParam lr = assertInstanceOf(FloatParam.class, s.get("lr"));
    assertEquals(1e-4, lr.low());
    assertTrue(lr.log());
    IntParam batch = assertInstanceOf(IntParam.class, s.get("batch"));
    assertEquals(8, batch.high());
    assertEquals(new Condition("optimizer", List.of("sgd")), s.get("momentum").when());
    assertNull(s.get("lr").when());
    SearchSpace ord =
        SearchSpaceReader.fromMap(map("size", map("type", "ordinal", "values", List.of("s", "m"))));
    assertInstanceOf(OrdinalParam.class, ord.get("size"));
    // type may be omitted with values; numbers in values become canonical text
    SearchSpace implicit = SearchSpaceReader.fromMap(map("b", map("values", List.of(32, 1e-5))));
    assertEquals(List.of("32", "1e-5"), ((CategoricalParam) implicit.get("b")).values());
  }

  @Test
  void readsAWholeSweepBlock() {
    SweepSpec spec =
        SearchSpaceReader.sweepFromMap(
            map(
                "sampler",
                "sobol",
                "samples",
                16,
                "seed",
                3,
                "seedsPerConfig",
                5,
                "space",
                example()));
    assertEquals(new SobolSampler(16, 3), spec.sampler());
    assertEquals(5, spec.seedsPerConfig());
    SweepSpec grid = SearchSpaceReader.sweepFromMap(map("sampler", "grid", "space", example()));
    assertInstanceOf(GridSampler.class, grid.sampler());
    SpaceException e =
        assertThrows(
            SpaceException.class,
            () -> SearchSpaceReader.sweepFromMap(map("sampler", "random", "space", example())));
    assertEquals("samples", e.path());
    SpaceException nested =
        assertThrows(
            SpaceException.class,
            () ->
                SearchSpaceReader.sweepFromMap(
                    map(
                        "samples",
                        4,
                        "space",
                        map("lr", map("type", "float", "low", 1, "high", 1)))));
    assertEquals("space.lr", nested.path());
  }

  private static SpaceException bad(Map<String, Object> space) {
    return assertThrows(SpaceException.class, () -> SearchSpaceReader.fromMap(space));
  }

  @Test
  void rejectsInvalidSpacesWithPathAndClearMessage() {
    SpaceException e = bad(map("lr", map("type", "float", "low", 0.5, "high", 0.1)));
    assertEquals("lr", e.path());
    assertEquals("lr: low must be < high (low=0.5, high=0.1)", e.getMessage());
    assertInstanceOf(InputException.class, e);

    e = bad(map("lr", map("type", "float", "low", 0, "high", 1, "log", true)));
    assertEquals("lr.low: a log-scale parameter needs low > 0 (low=0)", e.getMessage());
    e = bad(map("n", map("type", "int", "low", 0, "high", 10, "log", true)));
    assertEquals("n.low", e.path());
    e = bad(map("n", map("type", "int", "low", 3, "high", 3)));
    assertTrue(e.getMessage().contains("low must be < high"));
    e = bad(map("n", map("type", "int", "low", 1.5, "high", 3)));
    assertEquals("n.low: expected an integer, found '1.5'", e.getMessage());
    e = bad(map("opt", map("type", "categorical", "values", List.of())));
    assertEquals("opt.values: the list of values must not be empty", e.getMessage());
    e = bad(map("opt", map("type", "categorical", "values", List.of("a", "a"))));
    assertEquals("opt.values", e.path());
    e = bad(map("lr", map("type", "float", "lo", 0, "high", 1)));
    assertEquals("lr.lo", e.path());
    e = bad(map("lr", map("low", 0, "high", 1)));
    assertEquals("lr: missing 'type' (float, int, categorical or ordinal)", e.getMessage());
    e = bad(map("lr", map("type", "float", "high", 1)));
    assertEquals("lr: missing 'low'", e.getMessage());
    e = bad(map("lr", map("type", "float", "low", 0, "high", 1, "levels", 1)));
    assertEquals("lr.levels", e.path());
    e = bad(map("opt", map("type", "categorical", "values", List.of("a"), "low", 0)));
    assertEquals("opt.low: not allowed for a categorical parameter", e.getMessage());
    e = bad(map("lr", map("type", "floaty", "low", 0, "high", 1)));
    assertEquals("lr.type", e.path());
    e = bad(map());
    assertTrue(e.getMessage().contains("at least one parameter"));
  }

  @Test
  void rejectsBadConditions() {
    SpaceException e =
        bad(map("m", map("type", "float", "low", 0, "high", 1, "when", map("opt", "sgd"))));
    assertEquals("m.when", e.path());
    assertTrue(e.getMessage().contains("unknown parameter 'opt'"), e.getMessage());

    e =
        bad(
            map(
                "opt", map("values", List.of("adam", "sgd")),
                "m", map("type", "float", "low", 0, "high", 1, "when", map("opt", "rmsprop"))));
    assertEquals("m.when", e.path());
    assertTrue(e.getMessage().contains("'rmsprop' is not one of [adam, sgd]"), e.getMessage());

    e =
        bad(
            map(
                "a", map("values", List.of("x", "y"), "when", map("b", "u")),
                "b", map("values", List.of("u", "v"), "when", map("a", "x"))));
    assertEquals("conditions form a cycle: a -> b -> a (each depends on the next)", e.getMessage());

    e = bad(map("a", map("values", List.of("x", "y"), "when", map("a", "x"))));
    assertTrue(e.getMessage().contains("cannot depend on itself"));

    e =
        bad(
            map(
                "opt", map("values", List.of("adam", "sgd")),
                "m",
                    map(
                        "type",
                        "float",
                        "low",
                        0,
                        "high",
                        1,
                        "when",
                        map("opt", "sgd", "x", "y"))));
    assertTrue(e.getMessage().contains("exactly one parent"));
  }

  @Test
  void conditionValuesAreCanonicalizedAndNested() {
    SearchSpace s =
        SearchSpaceReader.fromMap(
            map(
                "layers", map("type", "int", "low", 1, "high", 3),
                "width2",
                    map(
                        "type",
                        "int",
                        "low",
                        8,
                        "high",
                        64,
                        "when",
                        map("layers", List.of(2.0, "3"))),
                "drop2", map("type", "float", "low", 0, "high", 0.5, "when", map("width2", 64))));
    assertEquals(List.of("2", "3"), s.get("width2").when().values());
    assertTrue(s.isActive(s.get("width2"), Map.of("layers", "2.0")));
    assertFalse(s.isActive(s.get("width2"), Map.of("layers", "1")));
    // drop2 needs width2 active: a stray width2 under layers=1 does not activate it
    assertFalse(s.isActive(s.get("drop2"), Map.of("layers", "1", "width2", "64")));
    assertTrue(s.isActive(s.get("drop2"), Map.of("layers", "3", "width2", "64")));
  }
}
