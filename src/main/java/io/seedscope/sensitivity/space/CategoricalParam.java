package io.seedscope.sensitivity.space;

import java.util.List;

/** An unordered choice among listed values (text), sampled with equal probabilities. */
public record CategoricalParam(String name, List<String> values, Condition when) implements Param {

  public CategoricalParam {
    ParamChecks.name(name);
    values = ParamChecks.choices(name, values);
  }

  @Override
  public CategoricalParam withWhen(Condition condition) {
    return new CategoricalParam(name, values, condition);
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
