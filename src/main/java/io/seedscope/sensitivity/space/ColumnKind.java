package io.seedscope.sensitivity.space;

/** How a parameter is represented as one numeric column of the surrogate's input matrix. */
public enum ColumnKind {
  /** A real value (log10 of it when the column is log-scaled). */
  REAL,
  /** An integer value (log10 of it when log-scaled); decoded by rounding. */
  INTEGER,
  /** The index of an unordered category: a model must not read order into it. */
  CATEGORICAL,
  /** The index of an ordered level. */
  ORDINAL;

  public boolean isNumeric() {
    return this == REAL || this == INTEGER;
  }
}
