package io.seedscope.sensitivity.space;

import java.util.List;

/**
 * A choice among listed values whose list order is meaningful (e.g. {@code [small, medium,
 * large]}); sampled like a categorical, encoded by its index so that a model can split on order.
 */
public record OrdinalParam(String name, List<String> values, Condition when) implements Param {

  public OrdinalParam {
    ParamChecks.name(name);
    values = ParamChecks.choices(name, values);
  }

  @Override
  public OrdinalParam withWhen(Condition condition) {
    return new OrdinalParam(name, values, condition);
  }

  @Override
  public String fromUnit(double u) {
    return ParamChecks.choiceAt(values, u);
  }

  @Override
  public String canonical(String text) {
    return ParamChecks.listed(name, values, text);
  }

  @Override
  public List<String> grid() {
    return values;
  }

  @Override
  public boolean inRange(String canonicalValue) {
    return values.contains(canonicalValue);
  }
}
