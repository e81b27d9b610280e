package io.seedscope.sensitivity.tunability;

/**
 * The gain from tuning one parameter with the others at the default.
 *
 * @param gain predicted improvement (in the goal's direction, so >= 0) of the best value over the
 *     default: the mean over members of their improvement at the ensemble's best value
 * @param low lower percentile of the members' improvements at that value
 * @param high upper percentile
 * @param bestValue the best value found (canonical text); the default's value when nothing helps
 * @param note why a parameter was not searched (inactive at the default), else null
 */
public record ParamTunability(
    String param, double gain, double low, double high, String bestValue, String note) {}
