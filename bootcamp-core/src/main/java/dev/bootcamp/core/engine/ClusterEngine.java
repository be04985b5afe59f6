package dev.bootcamp.core.engine;

import dev.bootcamp.api.ConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * A distributed engine that runs the generate and verify jobs across machines (Apache Spark is the one we ship, in
 * the {@code spark-engine} module). The single-process engine is the CLI itself; a cluster engine must write the same
 * case bytes, because case {@code i} is a pure function of the job and {@code i}.
 */
public interface ClusterEngine {
    /** The name given to {@code --engine}. */
    String name();

    /** Generates the job's shards and writes its manifest last; returns the manifest. */
    GenerateManifest generate(GenerateJob job) throws Exception;

    /** Joins responses to cases by id, scores them, writes score shards when the job has an output, and tallies. */
    VerifyReport verify(VerifyJob job) throws Exception;

    /** The engine of that name on the class path, or a one-line reason why there is none. */
    static ClusterEngine named(String name) {
        List<String> found = new ArrayList<>();
        for (ClusterEngine engine : ServiceLoader.load(ClusterEngine.class)) {
            if (engine.name().equals(name)) {
                return engine;
            }
            found.add(engine.name());
        }
        throw new ConfigurationException("the " + name + " engine is not on the class path"
                + (found.isEmpty() ? "" : " (found: " + String.join(", ", found) + ")")
                + "; run it through ./bootcamp, which adds Spark when it sees --engine spark, or with spark-submit and"
                + " spark-engine/target/bootcamp-spark.jar (docs/SPARK.md)");
    }
}
