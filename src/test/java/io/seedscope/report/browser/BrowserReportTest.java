package io.seedscope.report.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.report.HtmlReport;
import io.seedscope.report.SyntheticAccess;
import io.seedscope.report.html.Section;
import io.seedscope.report.model.ReportModel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens real reports in headless Chromium. Skipped, with a message, where Chromium is missing.
 * Screenshots are kept under target/ (report-full.png, report-hostile.png) as CI artifacts.
 */
class BrowserReportTest {
  static final String EVIL = "<script>alert(1)</script>\"'&";
  static final Pattern FIGURE =
      Pattern.compile("<figure class=\"[a-z_]+\">(.*?)<figcaption>", Pattern.DOTALL);

  @BeforeAll
  static void browser() {
    Chromium.assumeAvailable();
  }

  /** The harness must see what it claims to see: console output and page requests. */
  @Test
  void harnessDetectsConsoleMessagesCspViolationsAndRequests(@TempDir Path dir) throws Exception {
    Path open = dir.resolve("open.html");
    Files.writeString(
        open,
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>t</title>"
            + "</head><body><p>x</p><img src=\"http://127.0.0.1:9/probe.png\">"
            + "<script>console.error('seedscope-probe')</script></body></html>");
    Chromium.Result r = Chromium.dumpDom(open);
    assertTrue(r.console().stream().anyMatch(l -> l.contains("seedscope-probe")), r.stderr());
    assertTrue(
        r.pageRequests().contains("http://127.0.0.1:9/probe.png"), r.pageRequests()::toString);

    Path locked = dir.resolve("locked.html");
    Files.writeString(
        locked,
        "<!doctype html><html><head><meta charset=\"utf-8\">"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\""
            + HtmlReport.CSP
            + "\">"
            + "<title>t</title></head><body><img src=\"http://127.0.0.1:9/probe.png\">"
            + "<script>document.title='ran'</script></body></html>");
    Chromium.Result c = Chromium.dumpDom(locked);
    assertTrue(
        c.console().stream().anyMatch(l -> l.contains("Content Security Policy")), c.stderr());
    assertTrue(c.pageRequests().isEmpty(), "CSP blocks before any request: " + c.pageRequests());
    assertTrue(c.dom().contains("<title>t</title>"), "inline script must not have run");
  }

  @Test
  void fullReportRendersCleanly() throws Exception {
    ReportModel m = SyntheticAccess.medium();
    Path page = Path.of("target", "report-full.html");
    HtmlReport.write(m, page);
    String html = Files.readString(page, StandardCharsets.UTF_8);

    Chromium.Result dom = Chromium.dumpDom(page);
    assertEquals(List.of(), dom.console(), "console messages");
    assertEquals(List.of(), dom.pageRequests(), "requests made by the page");
    for (Section s : HtmlReport.sections()) {
      assertTrue(
          Pattern.compile("<h2>\\d\\. " + Pattern.quote(s.title()) + "</h2>")
              .matcher(dom.dom())
              .find(),
          "heading of " + s.id());
    }
    assertChartsPresentAndNonEmpty(html, dom.dom());

    Path png = Path.of("target", "report-full.png");
    Chromium.Result shot = Chromium.screenshot(page, png, pageHeight(html));
    assertEquals(List.of(), shot.console());
    assertScreenshot(png);
  }

  @Test
  void hostileNamesAreShownAsTextAndNothingRuns() throws Exception {
    ReportModel m = SyntheticAccess.hostile(EVIL);
    Path page = Path.of("target", "report-hostile.html");
    HtmlReport.write(m, page);
    Chromium.Result dom = Chromium.dumpDom(page);
    assertEquals(List.of(), dom.console(), "a CSP violation or any script would log here");
    assertEquals(List.of(), dom.pageRequests());
    String d = dom.dom();
    assertFalse(d.toLowerCase().contains("<script"), "no script element in the DOM");
    // The serializer re-escapes text, so the names come back exactly as escaped text.
    assertTrue(d.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "names shown as text");
    assertTrue(d.contains("<title>seedscope report: ppo&lt;script&gt;"), "title escaped");
    Path png = Path.of("target", "report-hostile.png");
    Chromium.screenshot(page, png, 2000);
    assertScreenshot(png);
  }

  /** Every figure holds a chart: an inline SVG with drawn paths, or a PNG that decodes. */
  static void assertChartsPresentAndNonEmpty(String html, String dom) throws Exception {
    Matcher f = FIGURE.matcher(html);
    int figures = 0;
    while (f.find()) {
      figures++;
      String chart = f.group(1);
      if (chart.startsWith("<svg")) {
        int paths = chart.split("<path", -1).length - 1;
        assertTrue(paths >= 10, "SVG chart with only " + paths + " paths");
      } else {
        assertTrue(chart.startsWith("<img"), "figure without chart: " + chart.substring(0, 40));
        Matcher src = Pattern.compile("src=\"data:image/png;base64,([^\"]+)\"").matcher(chart);
        assertTrue(src.find());
        BufferedImage img =
            ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(src.group(1))));
        assertNotNull(img, "PNG decodes");
        assertTrue(inkFraction(img) > 0.01, "PNG chart is blank");
      }
    }
    assertTrue(figures >= 19, "expected every chart of the full report, got " + figures);
    // The browser kept them all.
    int inDom = (dom.split("class=\"chart\"", -1).length - 1);
    assertEquals(figures, inDom, "charts in the DOM");
  }

  static void assertScreenshot(Path png) throws Exception {
    assertTrue(Files.size(png) > 10_000, "screenshot written");
    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(1280, img.getWidth());
    assertTrue(inkFraction(img) > 0.02, "screenshot is not blank");
  }

  /** Share of sampled pixels that are not white. */
  static double inkFraction(BufferedImage img) {
    int ink = 0;
    int n = 0;
    for (int y = 0; y < img.getHeight(); y += 3) {
      for (int x = 0; x < img.getWidth(); x += 3) {
        n++;
        if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          ink++;
        }
      }
    }
    return (double) ink / n;
  }

  /** Rough page height for the screenshot window: charts at their size plus text lines. */
  static int pageHeight(String html) {
    int h = 600;
    Matcher m =
        Pattern.compile("class=\"chart\"[^>]*? width=\"(\\d+)\" height=\"(\\d+)\"").matcher(html);
    while (m.find()) {
      h +=
          Math.min(
                  Integer.parseInt(m.group(2)),
                  Integer.parseInt(m.group(2)) * 900 / Math.max(1, Integer.parseInt(m.group(1))))
              + 70;
    }
    h += 34 * (html.split("<tr", -1).length - 1) + 30 * (html.split("<li", -1).length - 1);
    return Math.min(h, 16000);
  }
}
