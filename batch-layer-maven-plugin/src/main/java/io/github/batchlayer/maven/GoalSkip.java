package io.github.batchlayer.maven;

import org.apache.maven.plugin.logging.Log;
import org.eclipse.aether.RepositorySystemSession;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Why a goal does not run, if it does not. In this order: {@code batch-layer.skip} (or {@code <skip>}) skips every
 * goal; {@code batch-layer.<goal>.skip} skips that goal; failsafe's and surefire's {@code skipITs},
 * {@code skipTests} and {@code maven.test.skip} skip every goal that needs a cluster, so a build that skips its
 * tests neither starts a cluster nor fails in verify. {@code generate} needs no cluster: it writes test data that
 * costs a second and that a consumer's unit tests may read, so only the first two skip it.
 *
 * @param reason what the user set, for the log line
 * @param sharedByTheBuild the reason holds for every goal that needs a cluster: said once per build, not per goal
 */
record GoalSkip(String reason, boolean sharedByTheBuild) {

    /** The test-skip properties that also skip the goals needing a cluster, as failsafe reads them. */
    static final List<String> TEST_SKIPS = List.of("skipITs", "skipTests", "maven.test.skip");

    static final String GOALS_NEEDING_A_CLUSTER =
            "cluster-up, create-topic, publish, ingest, summarize, cluster-down, verify, consume";

    /** Where the build remembers that the shared reason has been said (Maven's session-wide data). */
    private static final String SAID_KEY = GoalSkip.class.getName() + ".said";

    /**
     * @param skipAll the {@code skip} parameter ({@code batch-layer.skip})
     * @param property a property's value as a parameter expression would see it (user, system, project), or null
     */
    static Optional<GoalSkip> of(String goal, boolean skipAll, boolean needsCluster, UnaryOperator<String> property) {
        if (skipAll) {
            return Optional.of(new GoalSkip(PropertyNames.SKIP + " is true", false));
        }
        String own = PropertyNames.goalSkip(goal);
        if (Boolean.parseBoolean(property.apply(own))) {
            return Optional.of(new GoalSkip(own + " is true", false));
        }
        if (needsCluster) {
            for (String testSkip : TEST_SKIPS) {
                if (Boolean.parseBoolean(property.apply(testSkip))) {
                    return Optional.of(new GoalSkip(testSkip + " is true", true));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Says why the goal skips: a reason of its own on every goal, the shared one at the first goal of the build
     * that skips for it (and at debug level after that).
     *
     * @param session the build's resolver session, whose data outlives one goal; null says it at every goal
     */
    void report(String goal, Log log, RepositorySystemSession session) {
        if (!sharedByTheBuild) {
            log.info("skipping " + goal + ": " + reason);
        } else if (session == null || session.getData().set(SAID_KEY, null, Boolean.TRUE)) {
            log.info("skipping " + goal + " and every other goal that needs a cluster (" + GOALS_NEEDING_A_CLUSTER
                    + "): " + reason);
        } else {
            log.debug("skipping " + goal + ": " + reason);
        }
    }
}
