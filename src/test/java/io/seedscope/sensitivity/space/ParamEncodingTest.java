package io.seedscope.sensitivity.space;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.Config;
import io.seedscope.model.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParamEncodingTest {

  private static final SearchSpace SPACE =
      new SearchSpace(
          List.of(
              new FloatParam("lr", 1e-4, 1e-1, true, null, null),
              new IntParam("batch", 1, 8, false, null, null),
              new OrdinalParam("size", List.of("s", "m", "l"), null),
              new CategoricalParam("opt", List.of("adam", "sgd"), null),
              new FloatParam("mom", 0, 0.9, false, null, new Condition("opt", List.of("sgd")))));

  private static Config cfg(String... kv) {
    java.util.TreeMap<String, String> m = new java.util.TreeMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return Config.of(m);
  }

  @Test
  void encodesASpaceWithLogColumnsIndicesAndDefaultFill() {
    Config def = cfg("lr", "1e-3", "batch", "4", "size", "m", "opt", "adam", "mom", "0.5");
    ParamEncoding enc = ParamEncoding.of(SPACE, def);
    assertEquals(
        List.of("batch", "lr", "opt", "mom", "size"),
        enc.columns().stream().map(EncodedColumn::name).toList());
    EncodedColumn lr = enc.columns().get(1);
    assertTrue(lr.log());
    assertEquals(-4, lr.low(), 1e-15);
    assertEquals(-1, lr.high(), 1e-15);
    assertEquals(ColumnKind.INTEGER, enc.columns().get(0).kind());
    assertEquals(ColumnKind.ORDINAL, enc.columns().get(4).kind());
    assertEquals(List.of("adam", "sgd"), enc.columns().get(2).categories());
    // mom is inactive under adam: filled with the default's (inactive) value 0.5
    assertArrayEquals(new double[] {4, -3, 0, 0.5, 1}, enc.encode(def), 1e-15);
    assertArrayEquals(
        new double[] {2, -2, 1, 0.25, 2},
        enc.encode(cfg("lr", "0.01", "batch", "2", "size", "l", "opt", "sgd", "mom", "0.25")),
        1e-15);
    // a stray momentum under adam is ignored: the parameter is inactive
    assertArrayEquals(enc.encode(def), enc.encode(def.with("mom", "0.8")));
    assertEquals(
        "batch=2,lr=0.01,mom=0.25,opt=sgd,size=l",
        enc.decode(new double[] {2.2, -2, 1, 0.25, 2}).canonical());
    assertEquals("batch=4,lr=0.001,opt=adam,size=m", enc.decode(enc.encode(def)).canonical());
    assertThrows(InputException.class, () -> enc.encode(def.with("opt", "rmsprop")));
    assertThrows(InputException.class, () -> enc.encode(def.with("lr", "-1")));
  }

  @Test
  void spaceFillWithoutDefaultIsMidRangeOrFirstCategoryAndBoundsCoverDefault() {
    ParamEncoding enc = ParamEncoding.of(SPACE, cfg("lr", "1"));
    assertEquals(5.0, enc.columns().get(0).fill()); // batch: mid of [1, 8] = 4.5, rounded half up
    assertEquals(0.0, enc.columns().get(1).fill()); // lr fill = default 1 -> log10 = 0
    assertEquals(0.0, enc.columns().get(1).high()); // widened to cover the default
    assertEquals(0.45, enc.columns().get(3).fill(), 1e-15);
    assertEquals(0.0, enc.columns().get(2).fill());
  }

  @Test
  void infersTypesScalesAndDropsConstantParameters() {
    List<Config> configs =
        List.of(
            cfg("lr", "1e-4", "gamma", "0.9", "batch", "1", "opt", "adam", "env", "pong"),
            cfg("lr", "1e-3", "gamma", "0.99", "batch", "2", "opt", "adam", "env", "pong"),
            cfg(
                "lr", "1e-2", "gamma", "0.95", "batch", "4", "opt", "sgd", "mom", "0.9", "env",
                "pong"),
            cfg(
                "lr", "1e-2", "gamma", "0.9", "batch", "8", "opt", "sgd", "mom", "0.5", "env",
                "pong"));
    ParamEncoding enc = ParamEncoding.infer(configs, null);
    assertEquals(
        List.of("batch", "gamma", "lr", "mom", "opt"),
        enc.columns().stream().map(EncodedColumn::name).toList());
    EncodedColumn batch = enc.columns().get(0);
    assertEquals(ColumnKind.INTEGER, batch.kind());
    assertFalse(batch.log()); // 8 / 1 < 100
    EncodedColumn gamma = enc.columns().get(1);
    assertEquals(ColumnKind.REAL, gamma.kind());
    assertEquals(0.9, gamma.low());
    assertEquals(0.99, gamma.high());
    EncodedColumn lr = enc.columns().get(2);
    assertTrue(lr.log()); // 1e-2 / 1e-4 = 100
    assertEquals(-4, lr.low(), 1e-15);
    EncodedColumn mom = enc.columns().get(3);
    assertEquals(0.5, mom.fill()); // lower median of {0.5, 0.9}
    assertEquals(ColumnKind.CATEGORICAL, enc.columns().get(4).kind());
    assertEquals(2, enc.warnings().size());
    assertTrue(
        enc.warnings().get(0).contains("'env' has the single value 'pong'"),
        enc.warnings().toString());
    assertTrue(
        enc.warnings().get(1).contains("'mom' is absent from 2 of 4"), enc.warnings().toString());
    assertArrayEquals(new double[] {1, 0.9, -4, 0.5, 0}, enc.encode(configs.get(0)), 1e-15);
  }

  @Test
  void inferredAbsentCategoriesGetTheirOwnLevelOrTheDefault() {
    List<Config> configs =
        List.of(cfg("a", "1", "act", "relu"), cfg("a", "2", "act", "tanh"), cfg("a", "3"));
    ParamEncoding enc = ParamEncoding.infer(configs, Config.EMPTY);
    EncodedColumn act = enc.columns().get(1);
    assertEquals(List.of("relu", "tanh", ParamEncoding.ABSENT), act.categories());
    assertEquals(2.0, enc.encode(configs.get(2))[1]);
    ParamEncoding withDefault = ParamEncoding.infer(configs, cfg("act", "tanh", "a", "9"));
    assertEquals(List.of("relu", "tanh"), withDefault.columns().get(1).categories());
    assertEquals(1.0, withDefault.encode(configs.get(2))[1]);
    assertEquals(9.0, withDefault.columns().get(0).high()); // widened to the default
    // Mixed numbers and words make a categorical column.
    ParamEncoding mixed =
        ParamEncoding.infer(List.of(cfg("x", "1"), cfg("x", "auto"), cfg("x", "10")), null);
    assertEquals(List.of("1", "10", "auto"), mixed.columns().get(0).categories());
  }

  @Test
  void ownScaleUndoesTheLog() {
    ParamEncoding enc = ParamEncoding.of(SPACE, Config.EMPTY);
    EncodedColumn lr = enc.columns().get(1);
    assertEquals(1e-4, lr.valueLow(), 1e-18);
    assertEquals(0.1, lr.valueHigh(), 1e-15);
    assertArrayEquals(
        new double[] {3, 0.01, 1, 0.5, 2}, enc.ownScale(new double[] {3, -2, 1, 0.5, 2}), 1e-15);
  }
}
