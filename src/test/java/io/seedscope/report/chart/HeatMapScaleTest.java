package io.seedscope.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.HeatMapChart;

class HeatMapScaleTest {
  /** The colour scale's printed ends read like the cells and still span every cell. */
  @Test
  void theScaleEndsAreRoundedOutwardsToTheCellsDigits() {
    HeatMapChart c =
        HeatMaps.grid(
            "batch",
            "lr",
            List.of("4", "8"),
            List.of("0.01", "0.1"),
            List.of(List.of(47.78456402290347, 120.5), List.of(374.12170333331295, 200.0)),
            "return");
    // Cells span 47.78..374.12: half range 163.2, a tenth of it 16.3 -> 0 decimals (the digits of
    // the cell labels), so the ends are floor(47.78) = 47 and ceil(374.12) = 375.
    assertEquals(47.0, c.getStyler().getMin());
    assertEquals(375.0, c.getStyler().getMax());
    HeatMapChart small =
        HeatMaps.grid(
            "a", "b", List.of("x", "y"), List.of("u"), List.of(List.of(0.123456, 0.2987654)), "p");
    // 0.123456..0.298765: a tenth of the half range is 0.0088 -> 4 decimals, so 0.1234 and 0.2988.
    assertEquals(0.1234, small.getStyler().getMin());
    assertEquals(0.2988, small.getStyler().getMax());
  }
}
