package io.seedscope.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/** Checks on a written HTML report, as text (no browser needed). */
final class Pages {
  /** A reference that would load something from the network: src/href attribute or CSS url(). */
  static final Pattern REMOTE =
      Pattern.compile(
          "(?i)(?:\\b(?:src|href|xlink:href|srcset|action|poster|data)\\s*=\\s*[\"']?\\s*"
              + "|url\\(\\s*[\"']?\\s*|@import\\s+[\"']?)(?:https?:)?//");

  static final Pattern H2 = Pattern.compile("<h2>(?:\\d+\\. )?([^<]*)</h2>");
  static final Pattern FIGURE =
      Pattern.compile("<figure class=\"[a-z_]+\">(.*?)<figcaption>", Pattern.DOTALL);

  private Pages() {}

  /** Nothing fetched from the network, and the CSP that forbids it is in place. */
  static void assertSelfContained(String html) {
    Matcher m = REMOTE.matcher(html);
    assertFalse(
        m.find(),
        () ->
            "remote reference: "
                + html.substring(m.start(), Math.min(html.length(), m.end() + 60)));
    assertTrue(
        html.contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"" + "default-src 'none'"),
        "CSP meta with default-src 'none'");
    assertFalse(html.contains("<script"), "a report carries no script element");
    assertFalse(html.contains("<link"), "a report links no stylesheet");
  }

  /** The h2 section titles, without their numbers. */
  static List<String> headings(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = H2.matcher(html);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  static void assertHeadings(String html, List<String> expected) {
    List<String> got = headings(html);
    for (String h : expected) {
      assertTrue(got.contains(h), () -> "section '" + h + "' missing; headings: " + got);
    }
  }

  /**
   * Every figure holds a drawn chart (an SVG with at least a few paths, or a PNG data URI that
   * decodes and is not blank), and the browser's DOM kept as many charts as the file has.
   *
   * @return the number of charts
   */
  static int assertChartsNonEmpty(String html, String dom) throws Exception {
    Matcher f = FIGURE.matcher(html);
    int figures = 0;
    while (f.find()) {
      figures++;
      String chart = f.group(1);
      if (chart.startsWith("<svg")) {
        int paths = chart.split("<path", -1).length - 1;
        assertTrue(paths >= 5, "SVG chart with only " + paths + " paths");
      } else {
        assertTrue(chart.startsWith("<img"), "figure without a chart");
        Matcher src = Pattern.compile("src=\"data:image/png;base64,([^\"]+)\"").matcher(chart);
        assertTrue(src.find(), "img is an inline PNG");
        BufferedImage img =
            ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(src.group(1))));
        assertNotNull(img, "PNG decodes");
        assertTrue(ink(img) > 0.01, "PNG chart is blank");
      }
    }
    assertTrue(figures > 0, "no chart at all");
    if (dom != null) {
      assertEquals(figures, dom.split("class=\"chart\"", -1).length - 1, "charts in the DOM");
    }
    return figures;
  }

  /** Share of sampled pixels that are not white. */
  static double ink(BufferedImage img) {
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
}
