package dev.bootcamp.cli;

import dev.bootcamp.core.engine.ClusterEngine;
import picocli.CommandLine.Option;

/** {@code --engine} and {@code --master}, shared by the commands a cluster engine can run. */
final class EngineOptions {
    static final String LOCAL = "local";

    @Option(names = "--engine", paramLabel = "NAME", defaultValue = LOCAL,
            description = "local (this process, the default) or spark (Apache Spark: local[*], a standalone cluster or YARN).")
    String name;

    @Option(names = "--master", paramLabel = "URL",
            description = "With --engine spark: local[N], local[*], spark://HOST:7077 or yarn (default: spark-submit's, else local[*]).")
    String master;

    boolean isCluster() {
        return !name.equals(LOCAL);
    }

    ClusterEngine cluster() {
        return ClusterEngine.named(name);
    }

    /** Rejects a cluster-only option given to the local engine, and --master whenever the engine is local. */
    void clusterOnly(String option, boolean given) {
        if (master != null) {
            throw new UsageException("--master needs a cluster engine, e.g. --engine spark");
        }
        if (given) {
            throw new UsageException(option + " needs a cluster engine, e.g. --engine spark");
        }
    }
}
