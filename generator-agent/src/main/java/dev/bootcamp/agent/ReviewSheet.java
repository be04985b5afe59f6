package dev.bootcamp.agent;

import dev.bootcamp.agent.sandbox.CandidateInfo;
import dev.bootcamp.agent.sandbox.SandboxRequest;
import dev.bootcamp.api.Verdict;
import dev.bootcamp.core.Case;
import dev.bootcamp.core.Json;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The review sheet a person reads before a machine-written bootcamp joins the catalogue: what it claims, how it
 * validated, and the prompt and gold answer of one case at levels 1, 5 and 10, plus the calibration when it ran.
 */
public final class ReviewSheet {
    public static final List<Integer> LEVELS = List.of(1, 5, 10);
    private static final long RUN_SEED = 0;

    private ReviewSheet() {}

    /** The cases the sheet shows: the first case {@code bootcamp generate ID --level L} makes, for L in {@link #LEVELS}. */
    public static List<SandboxRequest.Wanted> wanted() {
        return LEVELS.stream().map(level -> new SandboxRequest.Wanted(level, RUN_SEED, 0)).toList();
    }

    /**
     * @param samples the candidate's info and the cases of {@link #wanted()}, made in the sandbox
     * @param file where the source was written (or kept)
     * @param attempt the attempt that passed
     * @param calibration the calibration, or null when it did not run
     */
    public static String markdown(SandboxedCandidate.Samples samples, String file, AuthoringLoop.Attempt attempt, Calibration.Result calibration) {
        CandidateInfo info = samples.info();
        if (samples.cases().size() != LEVELS.size()) {
            throw new IllegalArgumentException("the review sheet needs one case per level of " + LEVELS + ", found " + samples.cases().size());
        }
        StringBuilder text = new StringBuilder();
        text.append("# Review: ").append(info.id()).append("\n\n");
        text.append("Machine-written; read before it joins the catalogue.\n\n");
        text.append("- class: `").append(info.className()).append("`\n");
        text.append("- file: `").append(file).append("`\n");
        text.append("- title: ").append(info.title()).append("\n- domain: ").append(info.domain()).append("\n- version: ").append(info.version())
                .append("\n- answer shape: ").append(info.answerShape()).append("\n- unique solution claimed: ").append(info.uniqueSolution())
                .append("\n- several valid answers: ").append(info.severalAnswers()).append("\n\n");
        text.append(info.summary()).append("\n\n");
        text.append("| knob | kind | allowed | default | meaning |\n| --- | --- | --- | --- | --- |\n");
        for (CandidateInfo.KnobRow knob : info.knobs()) {
            text.append("| ").append(knob.name()).append(" | ").append(knob.kind()).append(" | ").append(knob.allowed()).append(" | ")
                    .append(knob.defaultValue()).append(" | ").append(knob.meaning().replace("|", "\\|")).append(" |\n");
        }
        text.append("\n## Validation\n\n").append(attempt.report().summary()).append(" — candidate ").append(attempt.candidate())
                .append(", round ").append(attempt.round()).append("; report and transcript in `").append(attempt.folder()).append("`.\n");
        if (calibration != null) {
            text.append("\n## Calibration\n\n").append(calibration.summary()).append(".\n\n");
            Map<Integer, int[]> byLevel = new TreeMap<>();
            calibration.samples().forEach(sample -> {
                int[] counts = byLevel.computeIfAbsent(sample.level(), level -> new int[2]);
                counts[0] += sample.verdict() != null ? 1 : 0;
                counts[1] += sample.verdict() == Verdict.CORRECT ? 1 : 0;
            });
            text.append("| level | answered | solved |\n| ---: | ---: | ---: |\n");
            byLevel.forEach((level, counts) -> text.append("| ").append(level).append(" | ").append(counts[0]).append(" | ").append(counts[1]).append(" |\n"));
        }
        for (Case record : samples.cases()) {
            text.append("\n## Level ").append(record.level()).append("\n\n");
            text.append("Knobs `").append(Json.write(record.knobs())).append("`, case seed ").append(record.seed()).append(": the first case of `bootcamp generate ")
                    .append(info.id()).append(" --level ").append(record.level()).append("` once registered.\n\n");
            text.append("### Prompt\n\n~~~~~~~~ text\n").append(String.valueOf(record.prompt()).strip()).append("\n~~~~~~~~\n\n");
            text.append("### Gold answer\n\n~~~~~~~~ text\n").append(String.valueOf(record.answerText()).strip()).append("\n~~~~~~~~\n");
        }
        text.append("\n## Reviewer's checklist\n\n");
        for (String question : List.of("Is the question clear and complete, with the answer's shape stated exactly?",
                "Is the gold answer right for each level above (work one out by hand)?",
                "Does the checker test the rules where several answers are valid, and give partial credit only where it means something?",
                "Do levels 1, 5 and 10 run from trivial to hard for a frontier model?",
                "Is the code plain, small and in the house style (docs/AUTHORING.md)?")) {
            text.append("- [ ] ").append(question).append('\n');
        }
        return text.toString();
    }
}
