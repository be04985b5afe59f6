package dev.bootcamp.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;

/**
 * One embedded Spark (local[2], no UI) shared by every test class in the JVM; the engine finds and reuses it.
 * Starting a session costs seconds, so it is started once, not per class; SparkContext's own shutdown hook stops it
 * when the test JVM exits.
 */
abstract class LocalSpark {
    static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = Shared.SESSION;
    }

    /** Holder idiom: the session starts when the first test class needs it. */
    private static final class Shared {
        static final SparkSession SESSION = start();

        private static SparkSession start() {
            return SparkSession.builder().master("local[2]").appName("bootcamp-tests")
                    .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        }
    }
}
