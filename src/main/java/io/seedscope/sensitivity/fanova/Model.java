package io.seedscope.sensitivity.fanova;

import java.util.List;

/** The model space of a list of domains: bounds after the log transform, category counts. */
record Model(double[] lo, double[] hi, int[] categories) {

  static Model of(List<ParamDomain> domains) {
    int p = domains.size();
    double[] lo = new double[p];
    double[] hi = new double[p];
    int[] cats = new int[p];
    for (int d = 0; d < p; d++) {
      ParamDomain dom = domains.get(d);
      lo[d] = dom.modelLo();
      hi[d] = dom.modelHi();
      cats[d] = dom.categoryCount();
    }
    return new Model(lo, hi, cats);
  }

  int p() {
    return lo.length;
  }

  /** Maps u in [0, 1) to model space: uniform on the bounds, or a category index. */
  double fromUnit(int d, double u) {
    if (categories[d] > 0) {
      return Math.min(categories[d] - 1, (int) (u * categories[d]));
    }
    return lo[d] + u * (hi[d] - lo[d]);
  }
}
