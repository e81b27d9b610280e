package io.seedscope.sensitivity.tunability;

import java.util.Map;

/**
 * The gain from tuning all parameters jointly.
 *
 * @param bestConfig the best configuration found (swept parameters only, canonical text)
 */
public record OverallTunability(
    double gain, double low, double high, Map<String, String> bestConfig) {
  public OverallTunability {
    bestConfig = Map.copyOf(bestConfig);
  }
}
