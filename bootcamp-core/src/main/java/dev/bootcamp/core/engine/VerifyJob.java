package dev.bootcamp.core.engine;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.api.ConfigurationException;
import java.io.Serializable;
import java.util.List;

/**
 * A verification job: cases (JSON lines as {@code generate} writes them, plain or .gz, or verl Parquet as
 * {@code export} writes it) and responses ({@code {"id", "response"}} JSON lines, or Parquet with those two columns),
 * joined by case id and scored.
 *
 * @param cases files or folders of cases
 * @param responses a file or folder of responses
 * @param out a folder for the score shards and their manifest, or null for the summary alone
 * @param partitions how many score shards (and join partitions)
 * @param master the engine's master, or null for its default
 */
public record VerifyJob(List<String> cases, String responses, String out, int partitions, String master) implements Serializable {
    private static final long serialVersionUID = 1L;

    public VerifyJob {
        cases = List.copyOf(requireNonNull(cases, "cases is null"));
        requireNonNull(responses, "responses is null");
        if (cases.isEmpty()) {
            throw new ConfigurationException("give at least one file or folder of cases");
        }
        if (partitions < 1 || partitions > GenerateJob.MAX_SHARDS) {
            throw new ConfigurationException("partitions must be in 1.." + GenerateJob.MAX_SHARDS + ", found " + partitions);
        }
    }
}
