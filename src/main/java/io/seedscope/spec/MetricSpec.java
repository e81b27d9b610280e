package io.seedscope.spec;

import io.seedscope.model.CurveAggregate;
import io.seedscope.model.Goal;

/** The metric a spec is judged by, its direction, and how a curve becomes one number. */
public record MetricSpec(String name, Goal goal, CurveAggregate aggregate) {}
