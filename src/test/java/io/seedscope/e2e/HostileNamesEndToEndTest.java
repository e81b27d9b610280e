package io.seedscope.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedscope.report.browser.Chromium;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names that try to break out of HTML, Markdown, CSV and JSON, carried from a CSV through {@code
 * analyze --html --md --json}: implementation, task, hyperparameter and metric names.
 */
class HostileNamesEndToEndTest {
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMPL_A = "ppo" + SCRIPT + "\"q\"&'s";

  /** Already looks escaped, and closes a table cell: must come back as exactly these bytes. */
  static final String IMPL_B = "b&amp;'</td><b>x";

  static final String TASK = "t" + SCRIPT + "'&\"";
  static final String PARAM = "lr" + SCRIPT + "&'\"";
  static final String METRIC = "ret" + SCRIPT + "\"&'";

  @TempDir Path dir;

  /** RFC 4180: every field quoted, quotes doubled. */
  static String csvField(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  static String csvRow(Object... cells) {
    return Stream.of(cells).map(c -> csvField(String.valueOf(c))).collect(Collectors.joining(","))
        + "\n";
  }

  Path hostileCsv() throws Exception {
    StringBuilder sb =
        new StringBuilder(
            csvRow("implementation", "seed", "task", "step", "param." + PARAM, METRIC));
    for (String impl : List.of(IMPL_A, IMPL_B)) {
      for (int seed = 0; seed < 6; seed++) {
        for (int step = 0; step < 3; step++) {
          double v =
              (impl == IMPL_A ? 10 : 12) * (step + 1) / 3.0
                  + 0.3 * seed
                  + (impl == IMPL_B ? 0.5 * step : 0);
          sb.append(csvRow(impl, seed, TASK, step * 100, 0.1, v));
        }
      }
    }
    Path p = dir.resolve("hostile.csv");
    Files.writeString(p, sb.toString(), StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void namesAreEscapedInHtmlAndMarkdownExactInJsonAndNothingRuns() throws Exception {
    Path csv = hostileCsv();
    Path html = dir.resolve("r.html");
    Path md = dir.resolve("r.md");
    Path json = dir.resolve("r.json");
    Cli.Result r =
        Cli.run(
            "analyze",
            csv.toString(),
            "--html",
            html.toString(),
            "--md",
            md.toString(),
            "--json",
            json.toString(),
            "--resamples",
            "2000");
    assertEquals(0, r.code(), r.all());

    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertFalse(page.contains(SCRIPT), "raw script tag in the HTML");
    assertFalse(page.toLowerCase(Locale.ROOT).contains("<script"), "any script element");
    assertFalse(page.contains("<b>x"), "raw markup from a name");
    assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "shown as text");
    assertTrue(page.contains("b&amp;amp;&#39;&lt;/td&gt;&lt;b&gt;x"), "IMPL_B escaped once");
    assertTrue(
        page.contains("ppo&lt;script&gt;alert(1)&lt;/script&gt;&quot;q&quot;&amp;&#39;s"),
        "IMPL_A escaped");
    Pages.assertSelfContained(page);

    String summary = Files.readString(md, StandardCharsets.UTF_8);
    assertFalse(summary.contains("<script"), "raw script tag in the Markdown");
    assertFalse(summary.contains("</td>"), "raw markup from a name in the Markdown");
    assertTrue(summary.contains("alert\\(1\\)") || summary.contains("alert(1)"));

    JsonNode a = Json.read(json);
    assertEquals(METRIC, a.path("metric").asText());
    Set<String> impls = new HashSet<>();
    for (JsonNode g : a.path("groups")) {
      impls.add(g.path("implementation").asText());
      assertEquals(TASK, g.path("task").asText());
      List<String> params = new ArrayList<>();
      g.path("config").fieldNames().forEachRemaining(params::add);
      assertEquals(List.of(PARAM), params);
      assertEquals(0.1, g.path("config").path(PARAM).asDouble(), 0);
      assertEquals(6, g.path("n").asInt());
    }
    assertEquals(Set.of(IMPL_A, IMPL_B), impls);
    JsonNode c = a.path("comparisons").get(0);
    assertEquals(
        Set.of(IMPL_A, IMPL_B), Set.of(c.path("baseline").asText(), c.path("candidate").asText()));
    assertEquals(TASK, c.path("task").asText());
    // The curves carry the names too.
    assertTrue(a.path("curves").size() > 0);

    Chromium.assumeAvailable();
    Chromium.Result dom = Chromium.dumpDom(html);
    assertEquals(0, dom.exit(), dom.stderr());
    assertEquals(List.of(), dom.console(), "an alert, a CSP violation or any script would log");
    String d = dom.dom();
    assertTrue(d.contains("</main>"), "page loaded");
    assertFalse(d.toLowerCase(Locale.ROOT).contains("<script"), "no script element in the DOM");
    assertFalse(d.contains("<b>x"), "no element injected by a name");
    assertTrue(d.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "names shown as text");
    assertTrue(
        d.contains("<title>seedscope: ret&lt;script&gt;"),
        "title stays text: " + d.substring(d.indexOf("<title>"), d.indexOf("</title>")));
    Chromium.Result shot =
        Chromium.screenshot(
            html, java.nio.file.Path.of("target", "e2e-hostile.png").toAbsolutePath(), 2000);
    assertEquals(List.of(), shot.console());
  }
}
