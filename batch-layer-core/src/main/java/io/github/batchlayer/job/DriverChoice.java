package io.github.batchlayer.job;

import java.util.List;
import java.util.Optional;

/**
 * Where a goal's job runs: on the cluster's warm driver, on a new warm driver in place of one that died (so the
 * goals after it find a healthy one), or on a fresh driver of its own, with the reason in one line when the user
 * did not ask for that.
 *
 * @param reason why not the warm driver (null: nothing to say)
 */
public record DriverChoice(Kind kind, String reason) {

    public enum Kind { WARM, RESTART, FRESH }

    /**
     * @param enabled the goal may use a warm driver ({@code warmDriver} not false)
     * @param warm    the warm driver recorded for the cluster, if any
     * @param alive   whether that driver's process still runs
     * @param wanted  the settings the goal's driver needs
     */
    public static DriverChoice decide(boolean enabled, Optional<WarmDriver.Record> warm, boolean alive,
                                      DriverFingerprint wanted) {
        if (!enabled || warm.isEmpty()) {
            return new DriverChoice(Kind.FRESH, null);
        }
        List<String> differences = wanted.differencesFrom(warm.get().fingerprint());
        if (!differences.isEmpty()) {
            return new DriverChoice(Kind.FRESH, "its settings differ from the warm driver's: " + differences.get(0)
                    + (differences.size() > 1 ? " and " + (differences.size() - 1) + " more" : ""));
        }
        if (!alive) {
            return new DriverChoice(Kind.RESTART, "the warm driver (pid " + warm.get().pid() + ") is gone");
        }
        return new DriverChoice(Kind.WARM, null);
    }
}
