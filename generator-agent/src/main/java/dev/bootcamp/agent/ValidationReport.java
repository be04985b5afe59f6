package dev.bootcamp.agent;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.testkit.ConformanceReport;
import dev.bootcamp.testkit.Law;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything {@code bootcamp validate} found about one bootcamp: static findings, compile errors and the contract's
 * failures, each precise enough to act on (a line, or a law with a level and a case seed to replay).
 *
 * @param target the file or id as given
 * @param registered whether the target is an id of the catalogue (replays then use {@code bootcamp check})
 * @param bootcamp the id, from {@code info()} when the class loaded, else derived from the class or file name
 * @param className the fully qualified class name, or null when no bootcamp class was found
 * @param files the source files checked
 * @param findings static and registration findings
 * @param compileErrors javac's errors
 * @param contract what the contract found, or why it did not run
 */
public record ValidationReport(String target, boolean registered, String bootcamp, String className, List<String> files,
        List<Finding> findings, List<CompileError> compileErrors, Contract contract) {
    public ValidationReport {
        requireNonNull(target, "target is null");
        requireNonNull(bootcamp, "bootcamp is null");
        files = List.copyOf(files);
        findings = List.copyOf(findings);
        compileErrors = List.copyOf(compileErrors);
        requireNonNull(contract, "contract is null");
    }

    /** How the contract went. */
    public enum Status {
        PASSED, FAILED, NOT_RUN, ERROR
    }

    /**
     * The contract's part of the report.
     *
     * @param status passed, failed, not run (and why, in {@code note}) or stopped by an error
     * @param note why it did not run or what stopped it; "" otherwise
     * @param cases cases generated and checked
     * @param seedsPerLevel cases per level
     * @param levels the levels checked
     * @param runSeed the run seed case seeds are mixed from
     * @param seconds wall time
     * @param failures every failure the contract reported (it stops collecting at 200)
     */
    public record Contract(Status status, String note, int cases, int seedsPerLevel, List<Integer> levels, long runSeed, double seconds,
            List<ConformanceReport.Failure> failures) {
        public Contract {
            requireNonNull(status, "status is null");
            requireNonNull(note, "note is null");
            levels = List.copyOf(levels);
            failures = List.copyOf(failures);
        }

        static Contract notRun(String why) {
            return new Contract(Status.NOT_RUN, why, 0, 0, List.of(), 0, 0, List.of());
        }

        public List<ConformanceReport.Failure> failures(Law law) {
            return failures.stream().filter(failure -> failure.law() == law).toList();
        }

        public Map<Law, Integer> countByLaw() {
            Map<Law, Integer> counts = new EnumMap<>(Law.class);
            failures.forEach(failure -> counts.merge(failure.law(), 1, Integer::sum));
            return counts;
        }
    }

    public boolean passed() {
        return findings.isEmpty() && compileErrors.isEmpty() && contract.status() == Status.PASSED;
    }

    /** Findings, compile errors and contract failures, plus one when the contract stopped or could not run for another reason. */
    public int failureCount() {
        boolean silentStop = contract.status() == Status.ERROR || contract.status() == Status.NOT_RUN && findings.isEmpty() && compileErrors.isEmpty();
        return findings.size() + compileErrors.size() + contract.failures().size() + (silentStop ? 1 : 0);
    }

    public ValidationReport withFindings(List<Finding> more) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(more);
        return new ValidationReport(target, registered, bootcamp, className, files, all, compileErrors, contract);
    }

    /** One line: PASS or FAIL, the id, and the counts. */
    public String summary() {
        StringBuilder text = new StringBuilder(passed() ? "PASS " : "FAIL ").append(bootcamp);
        // A registered bootcamp whose source was not found had no static checks and no compilation: say so, not "0".
        text.append(": ").append(files.isEmpty() ? "static checks not run (no source file found)" : plural(findings.size(), "static finding"))
                .append(", ").append(registered ? "compiled with the catalogue" : plural(compileErrors.size(), "compile error"));
        switch (contract.status()) {
            case PASSED -> text.append(", contract passed (").append(contract.cases()).append(" cases)");
            case FAILED -> text.append(", ").append(plural(contract.failures().size(), "contract failure")).append(" in ")
                    .append(contract.cases()).append(" cases");
            case NOT_RUN -> text.append(", contract not run: ").append(contract.note());
            case ERROR -> text.append(", contract stopped: ").append(contract.note());
        }
        return text.toString();
    }

    /** How to replay one failing case. */
    public String replay(ConformanceReport.Failure failure) {
        if (failure.level() < 0 || failure.seed() < 0) {
            return "";
        }
        String command = registered ? "bootcamp check " + target : "bootcamp validate " + target;
        return command + " --level " + failure.level() + " --seed " + failure.seed();
    }

    /**
     * The report as the authoring loop feeds it back to the model: every finding and compile error with its line,
     * then the contract's failures grouped by law with up to {@code examplesPerLaw} examples each.
     */
    public String feedback(int examplesPerLaw) {
        StringBuilder text = new StringBuilder(summary()).append("\n");
        if (!findings.isEmpty()) {
            text.append("\nStatic findings (fix each; the line is in your file):\n");
            findings.forEach(finding -> text.append("- line ").append(finding.line()).append(" [").append(finding.rule()).append("] ")
                    .append(finding.message()).append('\n'));
        }
        if (!compileErrors.isEmpty()) {
            text.append("\nCompile errors (javac):\n");
            compileErrors.forEach(error -> text.append("- line ").append(error.line()).append(": ").append(error.message())
                    .append(error.code().isEmpty() ? "" : "\n    at: " + error.code()).append('\n'));
        }
        if (contract.status() == Status.NOT_RUN || contract.status() == Status.ERROR) {
            text.append("\nThe contract ").append(contract.status() == Status.ERROR ? "stopped: " : "did not run: ").append(contract.note()).append('\n');
        }
        if (!contract.failures().isEmpty()) {
            text.append("\nContract failures by law (").append(contract.failures().size()).append(" in ").append(contract.cases()).append(" cases):\n");
            contract.countByLaw().forEach((law, count) -> {
                text.append("- ").append(law.title()).append(" (").append(plural(count, "failure")).append("), for example:\n");
                contract.failures(law).stream().limit(examplesPerLaw).forEach(failure -> text.append("  - ")
                        .append(failure.level() < 0 ? "" : "level " + failure.level() + (failure.seed() < 0 ? "" : " seed " + failure.seed()) + ": ")
                        .append(failure.message()).append('\n'));
            });
        }
        return text.toString();
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
