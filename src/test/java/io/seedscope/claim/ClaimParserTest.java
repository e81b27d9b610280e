package io.seedscope.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimParserTest {

  static String error(String text) {
    return assertThrows(InputException.class, () -> ClaimParser.parse(text)).getMessage();
  }

  @Test
  void meanStdN() {
    Claim c =
        ClaimParser.parse("mean=1500,std=200,n=5,metric=return,implementation=ppo,task=Hopper");
    assertEquals(1500, c.mean());
    assertEquals(200.0, c.std());
    assertEquals(5, c.n());
    assertEquals(200 / Math.sqrt(5), c.se(), 1e-12);
    assertEquals(4, c.df());
    assertEquals("ppo / Hopper / return", c.label());
    assertNull(c.margin());
  }

  @Test
  void standardErrorWithAndWithoutN() {
    Claim c = ClaimParser.parse("mean=10, se=2, n=4");
    assertEquals(4.0, c.std(), 1e-12);
    c = ClaimParser.parse("mean=10,se=2");
    assertNull(c.std());
    assertNull(c.n());
    assertEquals(Double.POSITIVE_INFINITY, c.df());
  }

  @Test
  void confidenceIntervalsMatchScipyQuantiles() {
    // scipy: 100 / t.ppf(0.975, 4) = 36.01727972679504 ; 100 / norm.ppf(0.95) = 60.79568319117691
    Claim c = ClaimParser.parse("ci=[1400;1600],n=5");
    assertEquals(1500, c.mean(), 1e-12);
    assertEquals(36.01727972679504, c.se(), 1e-9);
    assertEquals(36.01727972679504 * Math.sqrt(5), c.std(), 1e-8);
    c = ClaimParser.parse("mean=1450,ci=[1400,1600],level=90%");
    assertEquals(1450, c.mean());
    assertEquals(60.79568319117691, c.se(), 1e-9);
    c = ClaimParser.parse("mean=1450,ci=[1400;1600],level=0.9");
    assertEquals(60.79568319117691, c.se(), 1e-9);
  }

  @Test
  void marginAndSource() {
    Claim c = ClaimParser.parse("mean=1,se=0.1,margin=0.5sd,source=Table 2");
    assertEquals(new Margin(Margin.Kind.SD, 0.5), c.margin());
    assertEquals("Table 2", c.source());
  }

  @Test
  void errorsPointAtTheColumn() {
    assertEquals("--claim:1:6: mean must be a finite number, not 'abc'", error("mean=abc,se=1"));
    assertEquals(
        "--claim:1:10: unknown claim key 'sd' (known: ci, implementation, level, margin, mean,"
            + " metric, n, se, source, std, task)",
        error("mean=100,sd=2,n=3"));
    assertEquals(
        "--claim:1:14: std= needs n= to give the standard error (or give se=)",
        error("mean=100,std=2"));
    assertEquals("--claim:1:1: give only one of std=, se= and ci=", error("mean=1,std=2,se=1,n=3"));
    assertEquals(
        "--claim:1:1: a claim needs its spread: std= with n=, se=, or ci=[low;high]",
        error("mean=1"));
    assertEquals(
        "--claim:1:16: n must be at least 2 (a single seed has no spread), not 1",
        error("mean=1,std=2,n=1"));
    assertEquals("--claim:1:8: expected key=value, not 'std'", error("mean=1,std,n=2"));
    assertEquals("--claim:1:4: ci low must be below ci high, not '[5;4]'", error("ci=[5;4]"));
    assertEquals("--claim:1:19: level= applies to ci= only", error("mean=1,se=1,level=0.9"));
    assertEquals(
        "--claim:1:11: the interval [5.0, 6.0] does not contain the mean 7.0",
        error("mean=7,ci=[5;6]"));
    assertEquals("--claim:1:13: duplicate claim key 'mean'", error("mean=1,se=1,mean=2"));
  }

  @Test
  void margins() {
    assertEquals(new Margin(Margin.Kind.RELATIVE, 0.1), Margin.parse("10%"));
    assertEquals(new Margin(Margin.Kind.SD, 0.5), Margin.parse("0.5sd"));
    assertEquals(new Margin(Margin.Kind.ABSOLUTE, 25), Margin.parse("25"));
    assertEquals("10%", Margin.parse("10%").toString());
    assertThrows(InputException.class, () -> Margin.parse("-1"));
    assertThrows(InputException.class, () -> Margin.parse("ten"));
    Claim c = ClaimParser.parse("mean=-1500,std=200,n=5");
    assertEquals(150, Margin.DEFAULT.resolve(c), 1e-9);
    assertEquals(100, Margin.parse("0.5sd").resolve(c), 1e-9);
    assertEquals(7, Margin.parse("7").resolve(c));
  }

  @Test
  void relativeMarginRefusedNearZero() {
    // |mean| 5 is below the claim's standard error 6
    Claim c = ClaimParser.parse("mean=5,se=6");
    String msg = assertThrows(InputException.class, () -> Margin.DEFAULT.resolve(c)).getMessage();
    assertTrue(
        msg.startsWith("--claim: a relative margin (10%) needs a claimed mean clearly away"), msg);
    Claim zero = ClaimParser.parse("mean=0,se=0");
    assertThrows(InputException.class, () -> Margin.DEFAULT.resolve(zero));
    assertThrows(
        InputException.class, () -> Margin.parse("1sd").resolve(ClaimParser.parse("mean=5,se=1")));
  }

  @Test
  void yamlTableWithDefaults() {
    List<Claim> claims =
        ClaimsReader.parse(
            "claims.yaml",
            "defaults:\n"
                + "  metric: return\n"
                + "  n: 5\n"
                + "  margin: 10%\n"
                + "claims:\n"
                + "  - {implementation: dqn, task: pong, mean: 16.6, std: 2.2}\n"
                + "  - implementation: rainbow\n"
                + "    task: pong\n"
                + "    ci: [19.8, 20.6]\n"
                + "    level: 0.95\n"
                + "  - {implementation: c51, task: pong, mean: 17, se: 0.3, n: 10, margin: 1}\n");
    assertEquals(3, claims.size());
    assertEquals("return", claims.get(0).metric());
    assertEquals(5, claims.get(0).n());
    assertEquals("claims.yaml:6:5", claims.get(0).where());
    assertEquals(20.2, claims.get(1).mean(), 1e-12);
    assertEquals(10, claims.get(2).n());
    assertEquals(new Margin(Margin.Kind.ABSOLUTE, 1), claims.get(2).margin());
    // a bare list works too
    assertEquals(1, ClaimsReader.parse("c.yaml", "- {mean: 1, se: 1}\n").size());
  }

  @Test
  void yamlErrorsHaveLineAndColumn() {
    String msg =
        assertThrows(
                InputException.class,
                () -> ClaimsReader.parse("c.yaml", "claims:\n  - mean: 1\n    sd: 2\n    n: 3\n"))
            .getMessage();
    assertTrue(msg.startsWith("c.yaml:3:5: unknown key 'sd' in a claim row"), msg);
    msg =
        assertThrows(
                InputException.class,
                () -> ClaimsReader.parse("c.yaml", "claims:\n  - mean: x1\n    se: 2\n"))
            .getMessage();
    assertEquals("c.yaml:2:11: mean must be a finite number, not 'x1'", msg);
    msg =
        assertThrows(
                InputException.class, () -> ClaimsReader.parse("c.yaml", "claims:\n  - mean: 1\n"))
            .getMessage();
    assertEquals("c.yaml:2:5: a claim needs its spread: std= with n=, se=, or ci=[low;high]", msg);
    msg =
        assertThrows(InputException.class, () -> ClaimsReader.parse("c.yaml", "rows: []\n"))
            .getMessage();
    assertTrue(msg.startsWith("c.yaml:1:1: unknown key 'rows'"), msg);
  }
}
