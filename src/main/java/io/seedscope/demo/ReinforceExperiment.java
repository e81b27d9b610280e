package io.seedscope.demo;

import io.seedscope.execute.Experiment;
import io.seedscope.execute.MetricsSink;
import io.seedscope.execute.RunContext;

/**
 * REINFORCE on CartPole as an in-JVM {@link Experiment}: reads {@code lr}, {@code gamma}, {@code
 * batch} and {@code episodes} from the run's config (absent = the variant's defaults) and logs
 * {@code return} (mean return of the episodes since the previous point) against the number of
 * environment steps, at most {@link Reinforce#MAX_POINTS} times per run.
 */
public abstract class ReinforceExperiment implements Experiment {
  /** The metric name logged through the sink and printed by {@link CartPoleMain}. */
  public static final String METRIC = "return";

  private final ReinforceVariant variant;

  protected ReinforceExperiment(ReinforceVariant variant) {
    this.variant = variant;
  }

  @Override
  public void run(RunContext context, MetricsSink sink) {
    ReinforceSettings settings = ReinforceSettings.from(variant, context.config()::get, "config ");
    new Reinforce(variant, settings, context.seed())
        .train(context::isCancelled, p -> sink.log(p.step(), METRIC, p.meanReturn()));
  }
}
