package io.seedscope.report.html;

import io.seedscope.report.chart.Palette;
import io.seedscope.report.model.ReportModel;

/** One section of the report, drawn only when its data is present. */
public interface Section {
  /** Anchor id, e.g. {@code "summary"}. */
  String id();

  /** Heading text without its number. */
  String title();

  boolean present(ReportModel model);

  /** Writes the section body (the heading is written by the caller). */
  void render(Page page, ReportModel model, Palette palette);
}
