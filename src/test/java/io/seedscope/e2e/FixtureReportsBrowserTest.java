package io.seedscope.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedscope.report.browser.Chromium;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files under fixtures/ analyzed into HTML and Markdown, then opened in headless Chromium
 * (skipped, with a message, without it). Screenshots: target/e2e-curves.png,
 * target/e2e-dopamine.png.
 */
class FixtureReportsBrowserTest {
  static final Path CURVES = Path.of("fixtures", "curves.csv");
  static final Path DOPAMINE = Path.of("fixtures", "dopamine", "final_returns.csv");

  @TempDir Path dir;

  record Written(String html, String md, Path page) {}

  private Written analyze(String name, Path input, String... extra) throws Exception {
    Path html = dir.resolve(name + ".html");
    Path md = dir.resolve(name + ".md");
    List<String> args =
        new ArrayList<>(
            List.of("analyze", input.toString(), "--html", html.toString(), "--md", md.toString()));
    args.addAll(List.of(extra));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertEquals(0, r.code(), r.all());
    assertTrue(r.out().contains("report:") && r.out().contains("summary:"), r.all());
    return new Written(
        Files.readString(html, StandardCharsets.UTF_8),
        Files.readString(md, StandardCharsets.UTF_8),
        html);
  }

  @Test
  void learningCurvesFixture() throws Exception {
    Written w = analyze("curves", CURVES);
    Pages.assertSelfContained(w.html());
    List<String> sections =
        List.of(
            "Verdict",
            "Summary",
            "Comparisons",
            "Final-score distributions",
            "Learning curves",
            "Seeds",
            "Reproducibility");
    Pages.assertHeadings(w.html(), sections);
    assertFalse(Pages.headings(w.html()).contains("Interval estimates"), "one task only");
    // The divergent run is named in the run table (id, implementation, task, seed, status).
    Pattern divergentRow =
        Pattern.compile(
            "<tr><td>[0-9a-f]{12}</td><td>noisy</td>"
                + "<td>default</td><td class=\"num\">7</td><td>divergent</td>");
    assertTrue(divergentRow.matcher(w.html()).find(), "divergent run listed");
    assertTrue(w.md().contains("1 divergent run"), w.md());
    for (String impl : List.of("base", "fast", "noisy")) {
      assertTrue(
          w.md().contains("| " + impl + " |") || w.md().contains("| **" + impl),
          impl + " in the Markdown summary");
    }
    inBrowser(w, "curves", sections, divergentRow);
  }

  @Test
  void dopamineMultiTaskFixture() throws Exception {
    Written w =
        analyze(
            "dopamine",
            DOPAMINE,
            "--columns",
            "implementation=agent,seed=run,task=game",
            "--metric",
            "final_return");
    Pages.assertSelfContained(w.html());
    List<String> sections =
        List.of(
            "Verdict",
            "Summary",
            "Comparisons",
            "Final-score distributions",
            "Interval estimates",
            "Seeds",
            "Reproducibility");
    Pages.assertHeadings(w.html(), sections);
    assertFalse(Pages.headings(w.html()).contains("Learning curves"), "final values only");
    for (String agent :
        List.of("DQN", "Rainbow", "IQN", "C51", "Quantile (JAX)", "DQN (Adam + MSE in JAX)")) {
      assertTrue(w.html().contains(agent), agent);
    }
    for (String game : List.of("asterix", "breakout", "pong")) {
      assertTrue(w.html().contains(game), game);
    }
    inBrowser(w, "dopamine", sections, null);
  }

  /**
   * The README's example command on the Dopamine fixture, checked against scipy 1.10.1
   * (src/test/resources/e2e/reference/dopamine_compare.py and .out): mean difference, Welch's
   * t-test and Mann-Whitney U (method='auto': exact here, 5 vs 5 without ties).
   */
  @Test
  void readmeCompareExampleMatchesScipy() throws Exception {
    Path json = dir.resolve("compare.json");
    Cli.Result r =
        Cli.run(
            "compare",
            DOPAMINE.toString(),
            "--columns",
            "implementation=agent,seed=run,task=game",
            "--metric",
            "final_return",
            "--baseline",
            "DQN",
            "--candidate",
            "Rainbow",
            "--json",
            json.toString());
    assertEquals(0, r.code(), r.all());
    assertEquals(
        3, r.out().strip().lines().filter(l -> l.startsWith("Rainbow vs DQN (")).count(), r.all());
    // game -> {difference, Welch t, Welch p, U, Mann-Whitney p}
    Map<String, double[]> scipy =
        Map.of(
            "asterix",
                new double[] {
                  15655.164507098227,
                  17.552413228206394,
                  1.2474945695352488e-07,
                  25.0,
                  0.007936507936507936
                },
            "breakout",
                new double[] {
                  23.830701697213485,
                  2.150501173370029,
                  0.07148312173856973,
                  21.0,
                  0.09523809523809523
                },
            "pong",
                new double[] {
                  3.5697883922383795,
                  3.5833505721730474,
                  0.02180915294990705,
                  25.0,
                  0.007936507936507936
                });
    JsonNode all = Json.read(json);
    JsonNode comparisons = all.has("comparisons") ? all.path("comparisons") : all;
    assertEquals(3, comparisons.size(), all.toString());
    for (JsonNode c : comparisons) {
      assertEquals("DQN", c.path("baseline").asText());
      assertEquals("Rainbow", c.path("candidate").asText());
      double[] ref = scipy.get(c.path("task").asText());
      assertClose(ref[0], c.path("meanDifference").asDouble(), "difference");
      assertClose(ref[1], c.path("welch").path("t").asDouble(), "Welch t");
      assertClose(ref[2], c.path("welch").path("p").asDouble(), "Welch p");
      assertClose(ref[3], c.path("mannWhitney").path("u").asDouble(), "U");
      assertClose(ref[4], c.path("mannWhitney").path("p").asDouble(), "Mann-Whitney p");
    }
  }

  private static void assertClose(double expected, double actual, String what) {
    assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), what);
  }

  private static void inBrowser(Written w, String name, List<String> sections, Pattern mustRender)
      throws Exception {
    Chromium.assumeAvailable();
    Chromium.Result dom = Chromium.dumpDom(w.page());
    assertEquals(0, dom.exit(), dom.stderr());
    assertEquals(List.of(), dom.console(), "console messages");
    assertEquals(List.of(), dom.pageRequests(), "network requests from the page");
    assertTrue(dom.dom().contains("</main>"), "page loaded");
    Pages.assertHeadings(dom.dom(), sections);
    int charts = Pages.assertChartsNonEmpty(w.html(), dom.dom());
    assertTrue(charts >= 3, name + ": " + charts + " charts");
    if (mustRender != null) {
      assertTrue(mustRender.matcher(dom.dom()).find(), "in the DOM: " + mustRender);
    }
    Chromium.Result shot =
        Chromium.screenshot(
            w.page(),
            java.nio.file.Path.of("target", "e2e-" + name + ".png").toAbsolutePath(),
            3000);
    assertEquals(List.of(), shot.console(), "console messages");
    Path png = Path.of("target", "e2e-" + name + ".png");
    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(1280, img.getWidth());
    assertTrue(Pages.ink(img) > 0.02, "screenshot is not blank");
  }
}
