package io.seedscope.stats.multitask;

/**
 * A run whose score was NaN or infinite: excluded from every statistic and listed so that the
 * report can say which runs diverged.
 *
 * @param algorithm the algorithm
 * @param task the task
 * @param run index of the run in the input array of that task
 * @param value the non-finite value, as text ("NaN", "Infinity", "-Infinity")
 */
public record DivergentScore(String algorithm, String task, int run, String value) {}
