package io.seedscope.demo;

/**
 * One point of a learning curve.
 *
 * @param step environment steps taken so far in the run
 * @param meanReturn mean undiscounted return of the episodes finished since the previous point
 */
public record CurvePoint(long step, double meanReturn) {}
