package io.seedscope.report.chart;

import io.seedscope.report.Html;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Encodes an XChart chart as inline SVG (VectorGraphics2D, compacted by {@link SvgCompactor}) or as
 * a PNG data URI. Which format a chart kind uses is decided in {@link ChartKind} from measured
 * sizes; an SVG that fails the safety check or grows past {@link #SVG_LIMIT} falls back to PNG.
 */
public final class ChartEncoder {
  /** Largest inline SVG accepted; larger charts (many points) are sent as PNG instead. */
  static final int SVG_LIMIT = 150_000;

  private ChartEncoder() {}

  /** Which encoding to use. */
  public enum Format {
    SVG,
    PNG
  }

  /** The raw VectorGraphics2D SVG document of {@code chart}. */
  static String rawSvg(Chart<?, ?> chart) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    try {
      VectorGraphicsEncoder.saveVectorGraphic(
          chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** PNG bytes of {@code chart} at its pixel size. */
  static byte[] png(Chart<?, ?> chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Encodes {@code chart}.
   *
   * @param id unique id of the chart within the page (letters, digits, dashes)
   * @param label accessible description (user text allowed; it is escaped here)
   */
  public static ChartImage encode(Chart<?, ?> chart, Format format, String id, String label) {
    int w = chart.getWidth();
    int h = chart.getHeight();
    if (format == Format.SVG) {
      String attrs =
          "id=\""
              + Html.attr(id)
              + "\" class=\"chart\" role=\"img\" aria-label=\""
              + Html.attr(label)
              + "\" width=\""
              + w
              + "\" height=\""
              + h
              + "\"";
      String svg = SvgCompactor.compact(rawSvg(chart), id, attrs);
      if (!SvgCompactor.unsafe(svg) && svg.length() <= SVG_LIMIT) {
        return new ChartImage("svg", svg, w, h);
      }
    }
    String data = Base64.getEncoder().encodeToString(png(chart));
    String img =
        "<img id=\""
            + Html.attr(id)
            + "\" class=\"chart\" alt=\""
            + Html.attr(label)
            + "\" width=\""
            + w
            + "\" height=\""
            + h
            + "\" src=\"data:image/png;base64,"
            + data
            + "\">";
    return new ChartImage("png", img, w, h);
  }
}
