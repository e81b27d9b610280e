package io.seedscope.gate;

/** Outcome of one rule on one group. */
public enum RuleStatus {
  PASS,
  FAIL,
  /** The rule could not apply (e.g. no repeats to compare); the message says why. */
  SKIPPED
}
