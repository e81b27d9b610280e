package io.seedscope.demo;

/** The {@link ReinforceVariant#TEXTBOOK} learner as an in-JVM experiment. */
public final class TextbookReinforce extends ReinforceExperiment {
  public TextbookReinforce() {
    super(ReinforceVariant.TEXTBOOK);
  }
}
