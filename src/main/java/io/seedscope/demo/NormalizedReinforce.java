package io.seedscope.demo;

/** The {@link ReinforceVariant#NORMALIZED} learner as an in-JVM experiment. */
public final class NormalizedReinforce extends ReinforceExperiment {
  public NormalizedReinforce() {
    super(ReinforceVariant.NORMALIZED);
  }
}
