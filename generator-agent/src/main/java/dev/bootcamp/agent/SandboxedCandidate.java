package dev.bootcamp.agent;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.agent.sandbox.CandidateInfo;
import dev.bootcamp.agent.sandbox.SandboxRequest;
import dev.bootcamp.agent.sandbox.SandboxResult;
import dev.bootcamp.agent.sandbox.SandboxRunner;
import dev.bootcamp.api.Score;
import dev.bootcamp.core.Case;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A compiled candidate that runs only in the sandboxed child ({@link SandboxRunner}): none of its classes is loaded in
 * this process. It makes sample cases (the review sheet, calibration) and scores responses to them. What comes back
 * is the candidate's own claim, read as data. Make one with {@link Validator#candidate}.
 */
public final class SandboxedCandidate {
    private final SandboxRunner runner;
    private final Map<String, byte[]> classes;
    private final String className;
    private final Duration limit;

    /**
     * The candidate's description and the cases asked for, in order.
     *
     * @param info its {@code info()} as text
     * @param cases one case per {@link SandboxRequest.Wanted}
     */
    public record Samples(CandidateInfo info, List<Case> cases) {
        public Samples {
            requireNonNull(info, "info is null");
            cases = List.copyOf(cases);
        }
    }

    SandboxedCandidate(SandboxRunner runner, Map<String, byte[]> classes, String className, Duration limit) {
        this.runner = requireNonNull(runner, "runner is null");
        this.classes = Map.copyOf(classes);
        this.className = requireNonNull(className, "className is null");
        this.limit = requireNonNull(limit, "limit is null");
    }

    /** Makes the cases {@code wanted} in a child; throws {@link AgentException} with the child's problem when it could not. */
    public Samples cases(List<SandboxRequest.Wanted> wanted) {
        SandboxResult result = run(SandboxRequest.cases(classes, className, wanted), "make sample cases");
        if (result.info() == null || result.samples().size() != wanted.size()) {
            throw new AgentException("the candidate's process returned " + result.samples().size() + " sample cases for " + wanted.size());
        }
        return new Samples(result.info(), result.samples());
    }

    /** Scores each response against its case in a child, one score per response in order. */
    public List<Score> verify(List<SandboxRequest.Answered> answered) {
        if (answered.isEmpty()) {
            return List.of();
        }
        SandboxResult result = run(SandboxRequest.verify(classes, className, answered), "score responses");
        if (result.scores().size() != answered.size()) {
            throw new AgentException("the candidate's process returned " + result.scores().size() + " scores for " + answered.size() + " responses");
        }
        return result.scores();
    }

    private SandboxResult run(SandboxRequest request, String what) {
        SandboxRunner.Outcome outcome = runner.run(request, limit);
        SandboxResult result = outcome.result();
        if (result == null) {
            throw new AgentException("cannot " + what + " with " + className + ": " + outcome.problem());
        }
        if (!result.error().isEmpty()) {
            throw new AgentException("cannot " + what + " with " + className + ": " + result.error());
        }
        return result;
    }
}
