package dev.bootcamp.agent.sandbox;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.api.ConformanceReport;
import java.util.List;

/**
 * What the sandboxed child reports: the candidate's {@code info()} and the contract's outcome. It comes from a process
 * that ran untrusted code, so the parent reads it with a size limit and treats it as the candidate's own claim.
 *
 * @param id {@code info().id()}, or "" when no instance could be made
 * @param domain {@code info().domain()}, or ""
 * @param stage "info" when making an instance or reading info failed, "contract" otherwise
 * @param passed whether the contract passed
 * @param error why the contract could not run, or ""
 * @param cases cases the contract checked
 * @param seconds how long the contract took
 */
public record SandboxResult(String id, String domain, String stage, boolean passed, String error, int cases, double seconds,
        List<ConformanceReport.Failure> failures) {
    public SandboxResult {
        requireNonNull(id, "id is null");
        requireNonNull(domain, "domain is null");
        requireNonNull(stage, "stage is null");
        requireNonNull(error, "error is null");
        failures = List.copyOf(failures);
    }
}
