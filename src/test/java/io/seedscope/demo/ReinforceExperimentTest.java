package io.seedscope.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.execute.Experiment;
import io.seedscope.execute.MetricsSink;
import io.seedscope.execute.RunContext;
import io.seedscope.model.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReinforceExperimentTest {

  /** Collects what an experiment logs. */
  private static final class Recorder implements MetricsSink {
    final List<CurvePoint> points = new ArrayList<>();

    @Override
    public void log(long step, Map<String, Double> values) {
      assertEquals(List.of("return"), List.copyOf(values.keySet()));
      points.add(new CurvePoint(step, values.get("return")));
    }
  }

  private static RunContext context(long seed, Map<String, String> config) {
    return new RunContext(seed, config, Path.of("unused"), () -> false);
  }

  @Test
  void experimentsLogTheLearnersCurveWithConfigValues() throws Exception {
    Map<String, String> config =
        Map.of("lr", "0.05", "gamma", "0.95", "batch", "5", "episodes", "200");
    Experiment[] experiments = {new TextbookReinforce(), new NormalizedReinforce()};
    ReinforceVariant[] variants = {ReinforceVariant.TEXTBOOK, ReinforceVariant.NORMALIZED};
    for (int i = 0; i < 2; i++) {
      Recorder sink = new Recorder();
      experiments[i].run(context(9, config), sink);
      List<CurvePoint> expected =
          new Reinforce(variants[i], new ReinforceSettings(0.05, 0.95, 5, 200), 9).train();
      assertEquals(40, sink.points.size());
      assertEquals(expected, sink.points);
    }
  }

  @Test
  void missingConfigUsesVariantDefaults() throws Exception {
    Recorder sink = new Recorder();
    new TextbookReinforce().run(context(2, Map.of("episodes", "50")), sink);
    assertEquals(
        new Reinforce(
                ReinforceVariant.TEXTBOOK,
                ReinforceSettings.defaults(ReinforceVariant.TEXTBOOK).withEpisodes(50),
                2)
            .train(),
        sink.points);
  }

  @Test
  void pollsCancellation() throws Exception {
    Recorder sink = new Recorder();
    new NormalizedReinforce().run(new RunContext(1, Map.of(), Path.of("unused"), () -> true), sink);
    assertTrue(sink.points.isEmpty());
  }

  @Test
  void badConfigIsAnInputError() {
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                new NormalizedReinforce().run(context(1, Map.of("gamma", "high")), new Recorder()));
    assertEquals("config gamma: not a number: 'high'", e.getMessage());
  }
}
