package io.seedscope.stats.multitask;

/** A point estimate with its bootstrap percentile interval {@code [low, high]}. */
public record Estimate(double estimate, double low, double high) {}
