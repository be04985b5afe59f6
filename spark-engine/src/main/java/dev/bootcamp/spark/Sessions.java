package dev.bootcamp.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session a job runs in. An active session (a test's, a notebook's) is reused and left running; otherwise
 * one is made for the job and stopped after it. The master is the one given, else spark-submit's, else local[*].
 */
final class Sessions {
    private Sessions() {}

    /** A session, and whether the job owns it (and so must stop it). */
    record Opened(SparkSession session, boolean owned) implements AutoCloseable {
        @Override
        public void close() {
            if (owned) {
                session.stop();
            }
        }
    }

    static Opened open(String master, String appName) {
        if (SparkSession.getActiveSession().isDefined()) {
            return new Opened(SparkSession.getActiveSession().get(), false);
        }
        if (SparkSession.getDefaultSession().isDefined()) {
            return new Opened(SparkSession.getDefaultSession().get(), false);
        }
        SparkConf conf = new SparkConf().setAppName(appName);
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        // The jobs need no web UI; it would take a port per run.
        conf.setIfMissing("spark.ui.enabled", "false");
        return new Opened(SparkSession.builder().config(conf).getOrCreate(), true);
    }
}
