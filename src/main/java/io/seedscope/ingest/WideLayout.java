package io.seedscope.ingest;

import io.seedscope.model.InputException;
import java.util.Locale;

/** What the value columns of a wide CSV are: one per seed or one per implementation. */
public enum WideLayout {
  /** Every non-step column is one seed (run) of a single implementation. */
  SEEDS,
  /** Every non-step column is one implementation; rows are seeds (or steps of seed 0). */
  IMPLEMENTATIONS;

  /** Parses {@code seeds} or {@code implementations} (also the singular). */
  public static WideLayout parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("seeds") || t.equals("seed")) {
      return SEEDS;
    }
    if (t.equals("implementations") || t.equals("implementation")) {
      return IMPLEMENTATIONS;
    }
    throw new InputException("--wide must be 'seeds' or 'implementations', not '" + text + "'");
  }
}
