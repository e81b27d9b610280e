package io.seedscope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.report.html.Section;
import io.seedscope.report.model.ReportModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  static final String EVIL = "<script>alert(1)</script>\"'&";

  /** Small model (5 seeds, 50 steps, 20 configs) so these tests stay fast. */
  static ReportModel small() {
    return SyntheticReport.full(
        List.of("ppo", "sac"),
        "Hopper",
        5,
        50,
        20,
        List.of("lr", "gamma", "batch"),
        "episode_return");
  }

  static ReportModel hostile() {
    return SyntheticReport.full(
        List.of("ppo" + EVIL, "sac" + EVIL),
        "task" + EVIL,
        5,
        50,
        20,
        List.of("lr" + EVIL, "gamma" + EVIL, "batch" + EVIL),
        "metric" + EVIL);
  }

  @Test
  void everySectionWithDataHasItsHeading() {
    String html = HtmlReport.render(small());
    for (Section s : HtmlReport.sections()) {
      assertTrue(html.contains("<section id=\"" + s.id() + "\">"), s.id());
      assertTrue(html.contains(". " + s.title() + "</h2>"), s.title());
    }
    assertTrue(html.contains("id=\"warnings\""));
  }

  @Test
  void sectionsWithoutDataAreLeftOut() {
    ReportModel m = small();
    ReportModel only =
        new ReportModel(
            m.title(),
            null,
            m.metric(),
            m.goal(),
            null,
            m.summary(),
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    String html = HtmlReport.render(only);
    assertTrue(html.contains("<h2>1. Summary</h2>"));
    for (String id :
        List.of(
            "verdict",
            "distributions",
            "curves",
            "intervals",
            "seeds",
            "sensitivity",
            "reproducibility",
            "warnings")) {
      assertFalse(html.contains("id=\"" + id + "\""), id);
    }
    assertFalse(html.contains("<figure"));
    // A model with nothing in it still gives a valid page.
    String empty =
        HtmlReport.render(
            new ReportModel(
                null, null, null, null, null, null, null, null, null, null, null, null, null));
    assertTrue(empty.startsWith("<!DOCTYPE html>"));
    assertTrue(empty.contains("<title>seedscope report</title>"));
  }

  @Test
  void pageLoadsNothingAndRunsNothing() {
    String html = HtmlReport.render(small());
    assertPageIsSelfContained(html);
  }

  /** Static checks shared with the browser test. */
  static void assertPageIsSelfContained(String html) {
    String lower = html.toLowerCase(Locale.ROOT);
    assertFalse(lower.contains("<script"), "no script element");
    assertFalse(lower.contains("<link"), "no link element");
    assertFalse(lower.contains("<iframe") || lower.contains("<object") || lower.contains("<embed"));
    assertFalse(lower.contains("@import"));
    assertTrue(
        html.contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\""
                + "default-src 'none'; img-src data:; style-src 'unsafe-inline'\">"));
    Matcher attr =
        Pattern.compile(
                "\\s(src|href|xlink:href|action|srcset|poster)\\s*=\\s*\"([^\"]*)\"",
                Pattern.CASE_INSENSITIVE)
            .matcher(html);
    int srcs = 0;
    while (attr.find()) {
      String name = attr.group(1).toLowerCase(Locale.ROOT);
      String value = attr.group(2);
      if (name.equals("src")) {
        assertTrue(value.startsWith("data:image/png;base64,"), "src must be a data URI");
        srcs++;
      } else if (name.equals("href")) {
        assertTrue(value.startsWith("#"), "href must be in-page: " + value);
      } else {
        throw new AssertionError("unexpected attribute " + name);
      }
    }
    Matcher url = Pattern.compile("url\\(([^)]*)\\)").matcher(html);
    while (url.find()) {
      assertTrue(url.group(1).startsWith("#"), "url() must be in-page: " + url.group(1));
    }
    Matcher ev = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html);
    assertFalse(ev.find(), "no event-handler attributes");
    // The only http(s) text allowed is the SVG namespace.
    String rest = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
    assertFalse(rest.contains("http://") || rest.contains("https://"), "no absolute URL");
    assertTrue(srcs >= 0);
  }

  @Test
  void userStringsAreEscapedEverywhere() {
    String html = HtmlReport.render(hostile());
    assertFalse(html.contains("<script>"), "raw script tag leaked");
    assertFalse(html.contains("alert(1)</script>"));
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;"));
    // Charts draw text as glyph outlines: no user text, and nothing executable, inside SVG.
    Matcher svg = Pattern.compile("<svg[\\s\\S]*?</svg>").matcher(html);
    int n = 0;
    while (svg.find()) {
      String s = svg.group().replaceFirst("aria-label=\"[^\"]*\"", "");
      assertFalse(s.contains("alert"), "user text inside SVG body");
      assertFalse(s.contains("<text"), "text element inside SVG");
      n++;
    }
    assertTrue(n > 0, "some charts are inline SVG");
    assertPageIsSelfContained(html);
  }

  @Test
  void degenerateDataStillRenders() {
    double nan = Double.NaN;
    var one =
        new io.seedscope.report.model.DistributionPanel(
            "t",
            List.of(
                new io.seedscope.report.model.DistributionPanel.Samples("a", List.of(1.0)),
                new io.seedscope.report.model.DistributionPanel.Samples("b", List.of())));
    var curve =
        new io.seedscope.report.model.CurvePanel(
            "t",
            "step",
            "mean",
            "CI",
            List.of(
                new io.seedscope.report.model.CurvePanel.CurveGroup(
                    "a", List.of(1.0, 2.0), List.of(nan, nan), List.of(), List.of(), List.of())));
    var est =
        new io.seedscope.report.model.IntervalSection(
            "CI",
            null,
            List.of(
                new io.seedscope.report.model.IntervalSection.Estimate("IQM", "a", nan, nan, nan)),
            null,
            null);
    var sens =
        new io.seedscope.report.model.SensitivitySection(
            0,
            List.of(),
            List.of(
                new io.seedscope.report.model.SensitivitySection.Marginal(
                    "p", true, List.of(), List.of(0.0, 1.0), List.of(1.0, nan), List.of(nan, nan))),
            List.of(
                new io.seedscope.report.model.SensitivitySection.Interaction(
                    "x", "y", List.of("1"), List.of("2"), List.of(List.of(nan)))),
            List.of());
    var row =
        new io.seedscope.report.model.SummaryRow(
            "a", "t", "", 1, 1.0, nan, nan, nan, nan, 1.0, 1.0, 0, 0);
    ReportModel m =
        new ReportModel(
            "t",
            null,
            "m",
            null,
            null,
            new io.seedscope.report.model.SummaryTable(null, List.of(row)),
            List.of(one),
            List.of(curve),
            est,
            null,
            sens,
            null,
            null);
    String html = HtmlReport.render(m);
    assertTrue(html.contains("<h2>1. Summary</h2>"));
    assertTrue(html.contains("<td class=\"num\">[\u2013, \u2013]</td>"), "NaN shown as dash");
    assertTrue(html.contains("<p class=\"nochart\""), "an undrawable chart becomes a note");
    assertPageIsSelfContained(html);
  }

  @Test
  void outputIsDeterministic() {
    ReportModel m = small();
    assertEquals(HtmlReport.render(m), HtmlReport.render(m));
  }

  @Test
  void writeCreatesTheFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("sub/report.html");
    HtmlReport.write(small(), f);
    assertTrue(Files.readString(f).startsWith("<!DOCTYPE html>"));
    try (var files = Files.list(f.getParent())) {
      assertEquals(1, files.count(), "no temporary file left behind");
    }
  }
}
