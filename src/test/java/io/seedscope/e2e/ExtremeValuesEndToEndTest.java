package io.seedscope.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finite values far from 1 through every command that computes: they crashed (exit 70: Welch df
 * overflow in the seed advice, the claim checker and the gate) or wrote "NaN"/"Infinity" strings.
 * The numbers themselves are checked against scipy in ScaleTest, ClaimMathTest and GateMathTest.
 */
class ExtremeValuesEndToEndTest {
  @TempDir Path dir;

  private Path csv(String name, String a, String b) throws Exception {
    StringBuilder s = new StringBuilder("implementation,seed,return\n");
    String[] as = a.split(" ");
    String[] bs = b.split(" ");
    for (int i = 0; i < as.length; i++) {
      s.append("a,").append(i).append(',').append(as[i]).append('\n');
    }
    for (int i = 0; i < bs.length; i++) {
      s.append("b,").append(i).append(',').append(bs[i]).append('\n');
    }
    Path p = dir.resolve(name);
    Files.writeString(p, s, StandardCharsets.UTF_8);
    return p;
  }

  private static String ok(int expected, String... args) {
    Cli.Result r = Cli.run(args);
    assertEquals(expected, r.code(), r.all());
    return r.all();
  }

  private String json(String name) throws Exception {
    String text = Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    assertFalse(text.contains("NaN") || text.contains("Infinity"), text);
    return text;
  }

  @Test
  void hugeAndTinyValuesAreAnalyzedGatedAndReproduced() throws Exception {
    String[][] data = {
      {"1e80 3e80 2e80", "1e80 4e80 2e80"},
      {"1e160 3e160 2e160", "1e160 4e160 2e160"},
      {"1e-160 3e-160 2e-160", "1e-160 4e-160 2e-160"},
      {"1e308 1.7e308 1.5e308", "-1.7e308 1e308 1.7e308"},
    };
    for (int i = 0; i < data.length; i++) {
      Path in = csv("d" + i + ".csv", data[i][0], data[i][1]);
      String a = "a" + i + ".json";
      ok(
          0,
          "analyze",
          in.toString(),
          "--json=" + dir.resolve(a),
          "--html=" + dir.resolve("r.html"));
      String analysis = json(a);
      assertTrue(analysis.contains("\"powerAtCurrentSeeds\" : 0."), analysis);
      Path base = dir.resolve("base" + i + ".json");
      ok(0, "gate", in.toString(), "--save-baseline=" + base);
      ok(
          0,
          "gate",
          in.toString(),
          "--baseline-results=" + base,
          "--max-cv=10",
          "--json=" + dir.resolve("g" + i + ".json"));
      json("g" + i + ".json");
      String mean = data[i][0].split(" ")[2];
      ok(
          3,
          "reproduce",
          in.toString(),
          "--claim",
          "implementation=a,mean=" + mean + ",std=" + data[i][0].split(" ")[0] + ",n=3",
          "--margin=0.1sd",
          "--json=" + dir.resolve("c" + i + ".json"));
      json("c" + i + ".json");
    }
    // near the largest double the t interval is null, and a warning says why
    assertTrue(json("a3.json").contains("the t interval is beyond the largest double"));
  }
}
