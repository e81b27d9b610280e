package io.seedscope.demo;

import io.seedscope.model.InputException;
import java.util.function.Function;

/**
 * Hyperparameters of one REINFORCE run.
 *
 * @param lr learning rate of the plain gradient-ascent step
 * @param gamma discount factor of the returns-to-go, in (0, 1]
 * @param batch episodes per policy update
 * @param episodes training budget in episodes (the last update may use a smaller batch)
 */
public record ReinforceSettings(double lr, double gamma, int batch, int episodes) {

  public static final double DEFAULT_GAMMA = 0.99;
  public static final int DEFAULT_BATCH = 10;
  public static final int DEFAULT_EPISODES = 1000;

  public ReinforceSettings {
    if (!(lr > 0) || Double.isInfinite(lr)) {
      throw new InputException("lr must be a positive finite number, got " + lr);
    }
    if (!(gamma > 0 && gamma <= 1)) {
      throw new InputException("gamma must be in (0, 1], got " + gamma);
    }
    if (batch < 1) {
      throw new InputException("batch must be at least 1, got " + batch);
    }
    if (episodes < 1) {
      throw new InputException("episodes must be at least 1, got " + episodes);
    }
  }

  /** The defaults tuned for {@code variant} (see docs/demo.md). */
  public static ReinforceSettings defaults(ReinforceVariant variant) {
    return new ReinforceSettings(
        defaultLr(variant), DEFAULT_GAMMA, DEFAULT_BATCH, DEFAULT_EPISODES);
  }

  /**
   * Default learning rate: raw returns reach ~1/(1-gamma) = 100, standardized ones ~1, so the
   * textbook variant needs a step roughly that much smaller.
   */
  public static double defaultLr(ReinforceVariant variant) {
    return variant == ReinforceVariant.TEXTBOOK ? 0.003 : 0.1;
  }

  /**
   * Reads {@code lr}, {@code gamma}, {@code batch} and {@code episodes} through {@code lookup}
   * (null = absent = the variant's default).
   *
   * @param where names the source in error messages, e.g. {@code "config"} or {@code "--"}
   * @throws InputException if a value is not a number or out of range
   */
  public static ReinforceSettings from(
      ReinforceVariant variant, Function<String, String> lookup, String where) {
    ReinforceSettings d = defaults(variant);
    return new ReinforceSettings(
        number(lookup, where, "lr", d.lr()),
        number(lookup, where, "gamma", d.gamma()),
        integer(lookup, where, "batch", d.batch()),
        integer(lookup, where, "episodes", d.episodes()));
  }

  private static double number(
      Function<String, String> lookup, String where, String name, double fallback) {
    String text = lookup.apply(name);
    if (text == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new InputException(where + name + ": not a number: '" + text + "'");
    }
  }

  private static int integer(
      Function<String, String> lookup, String where, String name, int fallback) {
    double v = number(lookup, where, name, fallback);
    if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
      throw new InputException(where + name + ": not a whole number: '" + lookup.apply(name) + "'");
    }
    return (int) v;
  }

  public ReinforceSettings withLr(double v) {
    return new ReinforceSettings(v, gamma, batch, episodes);
  }

  public ReinforceSettings withGamma(double v) {
    return new ReinforceSettings(lr, v, batch, episodes);
  }

  public ReinforceSettings withBatch(int v) {
    return new ReinforceSettings(lr, gamma, v, episodes);
  }

  public ReinforceSettings withEpisodes(int v) {
    return new ReinforceSettings(lr, gamma, batch, v);
  }
}
