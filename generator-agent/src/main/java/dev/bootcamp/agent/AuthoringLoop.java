package dev.bootcamp.agent;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.model.ChatModel;
import dev.bootcamp.model.Completion;
import dev.bootcamp.model.ModelException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The authoring loop: K independent conversations in parallel, each up to N rounds of prompt, reply, extracted code
 * and validation, with the previous round's failures fed into the next prompt. A candidate stops when it passes; once
 * one has passed in round r, no candidate starts a round after r. The winner is the passing attempt of the earliest
 * round (then the lowest candidate number), so the choice does not depend on timing. Every round is saved under
 * {@code out/candidate-K/round-R/} and appended to {@code out/candidate-K/transcript.md}.
 */
public final class AuthoringLoop {
    private static final int EXAMPLES_PER_LAW = 3;
    private static final String REQUEST_FAILED = "the model request failed: ";

    private final ChatModel model;
    private final Validator validator;
    private final AuthorPrompt prompt;
    private final Settings settings;
    private final Listener listener;

    /**
     * How to run.
     *
     * @param rounds most rounds per candidate
     * @param candidates conversations in parallel
     * @param validation how much of the contract each attempt runs
     * @param out where rounds and transcripts go
     * @param id the id the task demands, or null
     * @param domain the domain the task demands, or null
     */
    public record Settings(int rounds, int candidates, Validator.Options validation, Path out, String id, String domain) {
        public Settings {
            if (rounds < 1 || candidates < 1) {
                throw new IllegalArgumentException("rounds and candidates must be at least 1, found " + rounds + " and " + candidates);
            }
            requireNonNull(validation, "validation is null");
            requireNonNull(out, "out is null");
        }
    }

    /**
     * One round of one candidate.
     *
     * @param candidate 1-based candidate number
     * @param round 1-based round
     * @param fileName the file name the code declares, or null when the reply had no code
     * @param source the extracted code, or null
     * @param report the validation, or null when there was nothing to validate
     * @param problem why there was nothing to validate (request failed, no code block), or null
     * @param folder where this round's files are
     */
    public record Attempt(int candidate, int round, String fileName, String source, ValidationReport report, String problem, Path folder) {
        public boolean passed() {
            return report != null && report.passed();
        }

        public int failures() {
            return report == null ? Integer.MAX_VALUE : report.failureCount();
        }

        public String summary() {
            return "candidate " + candidate + " round " + round + ": " + (report != null ? report.summary() : "FAIL " + problem);
        }
    }

    /**
     * What the loop produced.
     *
     * @param attempts every attempt, by candidate and round
     * @param winner the passing attempt chosen, if any
     * @param best the winner, or else the attempt with the fewest failures (null when nothing was validated)
     */
    public record Outcome(List<Attempt> attempts, Optional<Attempt> winner, Attempt best) {
        public Outcome {
            attempts = List.copyOf(attempts);
        }
    }

    /** Hears about each attempt as it finishes (from the candidate's thread). */
    public interface Listener {
        void attempted(Attempt attempt);
    }

    public AuthoringLoop(ChatModel model, Validator validator, AuthorPrompt prompt, Settings settings, Listener listener) {
        this.model = requireNonNull(model, "model is null");
        this.validator = requireNonNull(validator, "validator is null");
        this.prompt = requireNonNull(prompt, "prompt is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.listener = requireNonNull(listener, "listener is null");
    }

    public Outcome run(String task) throws IOException, InterruptedException {
        Files.createDirectories(settings.out());
        AtomicInteger firstPassingRound = new AtomicInteger(Integer.MAX_VALUE);
        ExecutorService pool = Executors.newFixedThreadPool(settings.candidates());
        List<Attempt> attempts = new ArrayList<>();
        try {
            List<Future<List<Attempt>>> futures = new ArrayList<>();
            for (int candidate = 1; candidate <= settings.candidates(); candidate++) {
                int number = candidate;
                futures.add(pool.submit(() -> converse(task, number, firstPassingRound)));
            }
            for (Future<List<Attempt>> future : futures) {
                attempts.addAll(future.get());
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw new IllegalStateException("a candidate failed: " + cause, cause);
        } finally {
            pool.shutdownNow();
        }
        Comparator<Attempt> order = Comparator.comparingInt(Attempt::round).thenComparingInt(Attempt::candidate);
        Optional<Attempt> winner = attempts.stream().filter(Attempt::passed).min(order);
        Attempt best = winner.orElseGet(() -> attempts.stream().filter(attempt -> attempt.report() != null)
                .min(Comparator.comparingInt(Attempt::failures).thenComparing(order)).orElse(null));
        return new Outcome(attempts, winner, best);
    }

    private List<Attempt> converse(String task, int candidate, AtomicInteger firstPassingRound) throws IOException, InterruptedException {
        List<Attempt> attempts = new ArrayList<>();
        Path folder = settings.out().resolve("candidate-" + candidate);
        Files.createDirectories(folder);
        String previousCode = null;
        String feedback = null;
        for (int round = 1; round <= settings.rounds() && round <= firstPassingRound.get(); round++) {
            String text = feedback == null ? prompt.first(task) : prompt.revision(task, round, previousCode, feedback);
            Attempt attempt = attempt(candidate, round, text, folder.resolve("round-" + round));
            attempts.add(attempt);
            listener.attempted(attempt);
            if (attempt.passed()) {
                firstPassingRound.accumulateAndGet(round, Math::min);
                break;
            }
            if (attempt.problem() != null && attempt.problem().startsWith(REQUEST_FAILED)) {
                continue; // nothing new to tell the model: the next round asks again
            }
            if (attempt.source() != null) {
                previousCode = attempt.source();
            }
            feedback = attempt.report() != null ? attempt.report().feedback(EXAMPLES_PER_LAW) : attempt.problem();
        }
        return attempts;
    }

    private Attempt attempt(int candidate, int round, String text, Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("prompt.md"), text, StandardCharsets.UTF_8);
        String reply;
        try {
            Completion completion = model.complete(text);
            reply = completion.text();
        } catch (ModelException e) {
            Attempt failed = new Attempt(candidate, round, null, null, null, REQUEST_FAILED + e.getMessage(), folder);
            transcript(failed, text, "");
            return failed;
        }
        Files.writeString(folder.resolve("reply.md"), reply, StandardCharsets.UTF_8);
        Optional<String> code = CodeExtractor.extract(reply);
        if (code.isEmpty()) {
            Attempt empty = new Attempt(candidate, round, null, null, null, "the reply had no ```java code block with the bootcamp class", folder);
            transcript(empty, text, reply);
            return empty;
        }
        String source = code.get();
        SourceChecks.Result checked = SourceChecks.check("Candidate.java", source, true);
        String fileName = (checked.bootcampClass() != null ? checked.bootcampClass() : "Candidate") + ".java";
        Files.writeString(folder.resolve(fileName), source, StandardCharsets.UTF_8);
        ValidationReport report = validator.validateSource(fileName, source, settings.validation());
        report = report.withFindings(taskFindings(fileName, checked));
        ValidationReports.write(report, folder);
        Attempt attempt = new Attempt(candidate, round, fileName, source, report, null, folder);
        transcript(attempt, text, reply);
        return attempt;
    }

    /** Where the task fixes the id or the domain, a candidate that chose otherwise fails. */
    private List<Finding> taskFindings(String fileName, SourceChecks.Result checked) {
        List<Finding> findings = new ArrayList<>();
        if (settings.id() != null && checked.bootcampClass() != null && !BootcampNaming.idOf(checked.bootcampClass()).equals(settings.id())) {
            findings.add(new Finding(fileName, checked.classLine(), "task", "the task asks for id '" + settings.id() + "', so the class must be "
                    + BootcampNaming.classNameOf(settings.id()) + ", not " + checked.bootcampClass()));
        }
        if (settings.domain() != null && !checked.packageName().equals(BootcampNaming.packageOf(settings.domain()))) {
            findings.add(new Finding(fileName, 1, "task", "the task asks for domain '" + settings.domain() + "', so the package must be "
                    + BootcampNaming.packageOf(settings.domain()) + ", not '" + checked.packageName() + "'"));
        }
        return findings;
    }

    private void transcript(Attempt attempt, String text, String reply) throws IOException {
        StringBuilder entry = new StringBuilder();
        entry.append("\n## Round ").append(attempt.round()).append("\n\n### Prompt\n\n~~~~~~~~ markdown\n").append(text.strip())
                .append("\n~~~~~~~~\n\n### Reply\n\n~~~~~~~~ markdown\n").append(reply.strip()).append("\n~~~~~~~~\n\n### Validation\n\n");
        if (attempt.report() != null) {
            entry.append("~~~~~~~~ text\n").append(attempt.report().feedback(EXAMPLES_PER_LAW).strip()).append("\n~~~~~~~~\n\n");
            entry.append("Full report: `").append(attempt.folder().resolve(ValidationReports.MARKDOWN)).append("`\n");
        } else {
            entry.append(attempt.problem()).append('\n');
        }
        Path file = attempt.folder().getParent().resolve("transcript.md");
        if (!Files.exists(file)) {
            Files.writeString(file, "# Transcript of candidate " + attempt.candidate() + "\n", StandardCharsets.UTF_8);
        }
        Files.writeString(file, entry.toString(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
