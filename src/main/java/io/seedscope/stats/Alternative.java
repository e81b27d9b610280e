package io.seedscope.stats;

import java.util.Locale;
import org.apache.commons.statistics.inference.AlternativeHypothesis;

/**
 * The alternative hypothesis of a two-sample test, always about candidate minus baseline (as
 * scipy's {@code alternative} with the candidate passed first): {@code GREATER} means "the
 * candidate's values are larger", whatever the goal.
 */
public enum Alternative {
  TWO_SIDED,
  LESS,
  GREATER;

  /** {@code two-sided}, {@code less}, {@code greater} (scipy's spelling). */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Alternative parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (Alternative a : values()) {
      if (a.label().equals(t)) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        "alternative must be 'two-sided', 'less' or 'greater', not '" + text + "'");
  }

  AlternativeHypothesis commons() {
    switch (this) {
      case LESS:
        return AlternativeHypothesis.LESS_THAN;
      case GREATER:
        return AlternativeHypothesis.GREATER_THAN;
      default:
        return AlternativeHypothesis.TWO_SIDED;
    }
  }
}
