/**
 * The report's view model: plain records (strings, doubles, lists) holding exactly what each
 * section of the HTML report and the Markdown summary draws. Nothing here computes statistics; the
 * analysis layer fills these records and {@link io.seedscope.report.HtmlReport} only draws them.
 *
 * <p>Conventions: a {@code null} or empty section is not shown; {@code NaN} means "not available"
 * and is printed as an en dash; lists that are drawn together (for example {@code steps}, {@code
 * center}, {@code low}, {@code high} of a curve) have equal length. Implementation names should be
 * spelled identically across sections: they pick the colour of a series.
 */
package io.seedscope.report.model;
