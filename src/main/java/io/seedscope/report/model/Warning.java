package io.seedscope.report.model;

/**
 * A caution shown near the top of the report and in the Markdown summary.
 *
 * @param kind short tag, e.g. {@code "small-n"}, {@code "divergent"}, {@code "failed"}
 * @param message one sentence
 */
public record Warning(String kind, String message) {}
