package io.seedscope.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CartPoleMainTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Result(int code, List<String> out, List<String> err) {}

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        CartPoleMain.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(
        code,
        out.toString(StandardCharsets.UTF_8).lines().toList(),
        err.toString(StandardCharsets.UTF_8).lines().toList());
  }

  /** Parses the JSON lines, skipping the others as the protocol does. */
  private static List<CurvePoint> parse(List<String> lines) throws Exception {
    List<CurvePoint> points = new ArrayList<>();
    for (String line : lines) {
      if (!line.startsWith("{")) {
        continue;
      }
      JsonNode n = JSON.readTree(line);
      assertEquals(2, n.size(), line);
      assertTrue(n.get("step").isIntegralNumber(), line);
      assertTrue(n.get("return").isNumber(), line);
      points.add(new CurvePoint(n.get("step").asLong(), n.get("return").asDouble()));
    }
    return points;
  }

  @Test
  void printsTheSameCurveAsTheInJvmLearner() throws Exception {
    Result r =
        run(
            "--impl",
            "normalized",
            "--seed",
            "4",
            "--lr",
            "0.2",
            "--gamma=0.95",
            "--batch",
            "8",
            "--episodes",
            "160");
    assertEquals(0, r.code());
    assertFalse(r.out().get(0).startsWith("{"), "header line is not JSON");
    List<CurvePoint> expected =
        new Reinforce(ReinforceVariant.NORMALIZED, new ReinforceSettings(0.2, 0.95, 8, 160), 4)
            .train();
    assertEquals(expected, parse(r.out()));
    assertEquals(21, r.out().size());
    assertEquals(1, r.err().size());
  }

  @Test
  void defaultsApplyToOmittedOptions() throws Exception {
    Result r = run("--impl", "textbook", "--seed", "-3", "--episodes", "40");
    assertEquals(0, r.code());
    assertEquals(
        new Reinforce(
                ReinforceVariant.TEXTBOOK,
                ReinforceSettings.defaults(ReinforceVariant.TEXTBOOK).withEpisodes(40),
                -3)
            .train(),
        parse(r.out()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--seed 1",
        "--impl textbook",
        "--impl ppo --seed 1",
        "--impl textbook --seed one",
        "--impl textbook --seed 1 --lr -0.1",
        "--impl textbook --seed 1 --lr",
        "--impl textbook --seed 1 --gamma 1.5",
        "--impl textbook --seed 1 --batch 0",
        "--impl textbook --seed 1 --episodes 1.5",
        "--impl textbook --seed 1 --momentum 0.9",
        "--impl textbook --seed 1 --seed 2",
        "--impl textbook --seed 1 extra"
      })
  void badArgumentsExitTwoWithOneLine(String args) {
    Result r = run(args.split(" "));
    assertEquals(2, r.code(), args);
    assertTrue(r.out().isEmpty(), args);
    assertEquals(1, r.err().size(), args);
    assertTrue(r.err().get(0).startsWith("CartPoleMain: "), r.err().get(0));
  }

  /** The real entry point in a child JVM: exit codes via System.exit, stdout flushed lines. */
  @Test
  void runsAsExternalProcess() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("java.class.path");
    Process ok =
        new ProcessBuilder(
                java,
                "-cp",
                cp,
                "io.seedscope.demo.CartPoleMain",
                "--impl",
                "textbook",
                "--seed",
                "7",
                "--episodes",
                "100")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<String> lines =
        new String(ok.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    assertTrue(ok.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, ok.exitValue());
    assertEquals(
        new Reinforce(
                ReinforceVariant.TEXTBOOK,
                ReinforceSettings.defaults(ReinforceVariant.TEXTBOOK).withEpisodes(100),
                7)
            .train(),
        parse(lines));

    Process bad =
        new ProcessBuilder(java, "-cp", cp, "io.seedscope.demo.CartPoleMain", "--impl", "x")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String err = new String(bad.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(bad.waitFor(60, TimeUnit.SECONDS));
    assertEquals(2, bad.exitValue());
    assertEquals(1, err.lines().count(), err);
  }
}
