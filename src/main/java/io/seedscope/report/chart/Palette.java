package io.seedscope.report.chart;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Colours for implementations and importance kinds, from the Okabe-Ito palette (Okabe and Ito,
 * "Color Universal Design", 2008), which stays distinguishable under the common colour-vision
 * deficiencies. Yellow is used last because it is faint on white. More than seven names cycle
 * through the colours again.
 */
public final class Palette {
  public static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
  public static final Color SKY_BLUE = new Color(0x56, 0xB4, 0xE9);
  public static final Color BLUISH_GREEN = new Color(0x00, 0x9E, 0x73);
  public static final Color YELLOW = new Color(0xF0, 0xE4, 0x42);
  public static final Color BLUE = new Color(0x00, 0x72, 0xB2);
  public static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
  public static final Color REDDISH_PURPLE = new Color(0xCC, 0x79, 0xA7);
  public static final Color BLACK = Color.BLACK;

  /** Series order: strong colours first. */
  static final List<Color> SERIES =
      List.of(BLUE, ORANGE, BLUISH_GREEN, VERMILLION, REDDISH_PURPLE, SKY_BLUE, YELLOW);

  private final Map<String, Color> byName = new LinkedHashMap<>();

  /** Assigns colours to {@code names} in order; later unknown names get the next colours. */
  public Palette(List<String> names) {
    names.forEach(this::color);
  }

  /** The colour of {@code name}, assigning the next free one on first use. */
  public Color color(String name) {
    return byName.computeIfAbsent(name, k -> SERIES.get(byName.size() % SERIES.size()));
  }

  /** {@code c} with opacity {@code alpha} (0..1). */
  public static Color alpha(Color c, double alpha) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(alpha * 255));
  }

  /** Colour of an importance bar by kind: main effect, interaction or seed noise. */
  public static Color forKind(String kind) {
    if (kind == null) {
      return BLUE;
    }
    switch (kind) {
      case "interaction":
        return ORANGE;
      case "seed-noise":
        return REDDISH_PURPLE;
      default:
        return BLUE;
    }
  }
}
