package dev.bootcamp.agent.sandbox;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.api.Score;
import dev.bootcamp.core.Case;
import dev.bootcamp.testkit.ConformanceReport;
import java.util.List;

/**
 * What the sandboxed child reports: the candidate's {@code info()} and the outcome of its task. It comes from a process
 * that ran untrusted code, so the parent reads it with a size limit and treats it as the candidate's own claim.
 *
 * @param id {@code info().id()}, or "" when no instance could be made
 * @param domain {@code info().domain()}, or ""
 * @param stage "info" when making an instance or reading info failed, else the task ("contract", "cases", "verify")
 * @param passed whether the contract passed
 * @param error why the task could not run, or ""
 * @param cases cases the contract checked
 * @param seconds how long the contract took
 * @param info the candidate's description, for the cases task (null otherwise)
 * @param samples the cases made, for the cases task
 * @param scores one score per response, in order, for the verify task
 */
public record SandboxResult(String id, String domain, String stage, boolean passed, String error, int cases, double seconds,
        List<ConformanceReport.Failure> failures, CandidateInfo info, List<Case> samples, List<Score> scores) {
    public SandboxResult {
        requireNonNull(id, "id is null");
        requireNonNull(domain, "domain is null");
        requireNonNull(stage, "stage is null");
        requireNonNull(error, "error is null");
        failures = failures == null ? List.of() : List.copyOf(failures);
        samples = samples == null ? List.of() : List.copyOf(samples);
        scores = scores == null ? List.of() : List.copyOf(scores);
    }

    static SandboxResult failure(String stage, String id, String domain, Throwable error) {
        return new SandboxResult(id, domain, stage, false, String.valueOf(error).replace('\n', ' '), 0, 0, List.of(), null, List.of(), List.of());
    }
}
