package io.seedscope.report.model;

/**
 * One group's statistics over its usable (finished, finite) runs.
 *
 * @param implementation implementation label
 * @param task task label
 * @param config canonical configuration text, empty when the runs have no parameters
 * @param n number of usable runs
 * @param mean mean of the metric
 * @param ciLow lower end of the mean's confidence interval
 * @param ciHigh upper end of the mean's confidence interval
 * @param std sample standard deviation (n - 1)
 * @param cv coefficient of variation std / |mean| (NaN when the mean is 0)
 * @param median median
 * @param iqm interquartile mean (mean of the middle 50%, Agarwal et al. 2021)
 * @param failed runs that failed, timed out, reported no metric or were cancelled
 * @param divergent runs whose metric was NaN or infinite
 */
public record SummaryRow(
    String implementation,
    String task,
    String config,
    int n,
    double mean,
    double ciLow,
    double ciHigh,
    double std,
    double cv,
    double median,
    double iqm,
    int failed,
    int divergent) {}
