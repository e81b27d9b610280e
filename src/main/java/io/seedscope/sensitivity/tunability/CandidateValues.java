package io.seedscope.sensitivity.tunability;

import io.seedscope.model.Config;
import io.seedscope.sensitivity.space.ColumnKind;
import io.seedscope.sensitivity.space.EncodedColumn;
import io.seedscope.sensitivity.space.ParamEncoding;
import io.seedscope.sensitivity.space.RandomSampler;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/** The values and configurations the tunability search evaluates. */
final class CandidateValues {
  private CandidateValues() {}

  /**
   * One parameter's candidate values as text: an even grid over the column's encoded range (every
   * integer when there are at most {@code points} of them; every category except the inferred
   * "(absent)" one), then the values seen in {@code observed}.
   */
  static List<String> oneDimensional(EncodedColumn c, int points, List<Config> observed) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    if (c.kind() == ColumnKind.CATEGORICAL || c.kind() == ColumnKind.ORDINAL) {
      for (String v : c.categories()) {
        if (!v.equals(ParamEncoding.ABSENT)) {
          out.add(v);
        }
      }
    } else if (c.kind() == ColumnKind.INTEGER && !c.log() && c.high() - c.low() + 1 <= points) {
      for (long k = (long) Math.ceil(c.low()); k <= (long) Math.floor(c.high()); k++) {
        out.add(Long.toString(k));
      }
    } else {
      for (int i = 0; i < points; i++) {
        double x = i == points - 1 ? c.high() : c.low() + i * (c.high() - c.low()) / (points - 1);
        out.add(c.decode(x));
      }
    }
    for (Config o : observed) {
      String v = o.get(c.name());
      if (v != null && !v.equals(ParamEncoding.ABSENT)) {
        out.add(v);
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * Random configurations: drawn from the space when the encoding has one (so conditions hold),
   * otherwise uniformly over each column's encoded range (integers rounded, categories equally
   * likely). Seeded with {@code seed}.
   */
  static List<Map<String, String>> random(ParamEncoding enc, int n, long seed) {
    if (n == 0) {
      return List.of();
    }
    if (enc.space().isPresent()) {
      return new RandomSampler(n, seed).draw(enc.space().get());
    }
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    List<Map<String, String>> out = new ArrayList<>(n);
    for (int s = 0; s < n; s++) {
      Map<String, String> m = new TreeMap<>();
      for (EncodedColumn c : enc.columns()) {
        if (c.kind().isNumeric()) {
          m.put(c.name(), c.decode(c.low() + rng.nextDouble() * (c.high() - c.low())));
        } else {
          List<String> cats = new ArrayList<>(c.categories());
          cats.remove(ParamEncoding.ABSENT);
          m.put(c.name(), cats.get(rng.nextInt(cats.size())));
        }
      }
      out.add(m);
    }
    return out;
  }
}
