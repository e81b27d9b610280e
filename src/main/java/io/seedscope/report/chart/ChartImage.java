package io.seedscope.report.chart;

/**
 * One encoded chart ready to be placed in the page.
 *
 * @param format {@code "svg"} (inline markup) or {@code "png"} (an {@code <img>} with a base64 data
 *     URI)
 * @param markup the HTML fragment
 * @param width intrinsic width in CSS pixels
 * @param height intrinsic height in CSS pixels
 */
public record ChartImage(String format, String markup, int width, int height) {
  /** Bytes the fragment adds to the page (UTF-8; the markup is ASCII apart from the label). */
  public int size() {
    return markup.length();
  }
}
