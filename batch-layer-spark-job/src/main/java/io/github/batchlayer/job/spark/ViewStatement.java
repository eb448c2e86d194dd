package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.UsageException;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.catalyst.parser.CatalystSqlParser$;
import org.apache.spark.sql.catalyst.plans.logical.GlobalLimit;
import org.apache.spark.sql.catalyst.plans.logical.LocalLimit;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.Offset;
import org.apache.spark.sql.catalyst.plans.logical.Sort;
import org.apache.spark.sql.catalyst.plans.logical.UnresolvedWith;

/**
 * What the parser alone says about a view's statement, before anything runs: that it parses (an error names the
 * file and the line), and whether it ends in a top-level ORDER BY (then its rows have an order that checks may
 * compare in). Spark's Catalyst parser needs no session, so every view file is checked before the first runs.
 */
final class ViewStatement {
    private ViewStatement() {
    }

    /** Parses the view's SQL; true when it ends in a top-level ORDER BY. */
    static boolean parseOrdered(ViewFile view) {
        LogicalPlan plan;
        try {
            plan = CatalystSqlParser$.MODULE$.parsePlan(view.sql());
        } catch (Exception e) {   // ParseException, thrown undeclared from Scala: the user's input, like a bad option
            throw new UsageException(ViewFailedException.message(view, e));
        }
        // ORDER BY ... LIMIT n [OFFSET m] wraps the sort in limits, WITH ... in an UnresolvedWith; an ORDER BY
        // inside a subquery is below a projection and orders nothing at the top
        while (plan instanceof GlobalLimit || plan instanceof LocalLimit || plan instanceof Offset
                || plan instanceof UnresolvedWith) {
            plan = plan.children().head();
        }
        return plan instanceof Sort sort && sort.global();
    }

    /** A view that failed: file, line when Spark knows it, and Spark's message. */
    static final class ViewFailedException extends RuntimeException {
        ViewFailedException(ViewFile view, Throwable cause) {
            super(message(view, cause), cause);
        }

        static String message(ViewFile view, Throwable cause) {
            return "view " + view.name() + " (" + view.source() + line(cause) + ") failed: "
                    + String.valueOf(cause.getMessage()).strip();
        }

        private static String line(Throwable e) {
            return e instanceof AnalysisException a && a.line().isDefined() ? ", line " + a.line().get() : "";
        }
    }
}
