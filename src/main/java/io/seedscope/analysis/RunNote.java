package io.seedscope.analysis;

/** A run that is not in the statistics (divergent, failed, ...), with why. */
public record RunNote(
    String runId, String implementation, String task, long seed, String status, String reason) {}
