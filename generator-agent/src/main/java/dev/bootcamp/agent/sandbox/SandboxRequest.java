package dev.bootcamp.agent.sandbox;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.core.Case;
import java.util.List;
import java.util.Map;

/**
 * What the sandboxed child runs: a compiled Java candidate ({@code classes} and {@code className}) or a script
 * ({@code scriptFile} and {@code scriptText}), and which task: the contract, making sample cases, or scoring
 * responses to cases. Make one with {@link #contract}, {@link #cases} or {@link #verify}.
 *
 * @param task {@link #CONTRACT}, {@link #CASES} or {@link #VERIFY}
 * @param classes class name to class file bytes, empty for a script
 * @param className the bootcamp class to instantiate, or "" for a script
 * @param scriptFile how errors name the script, or "" for Java
 * @param scriptText the script's source, or "" for Java
 * @param wanted the cases to make ({@link #CASES})
 * @param answered the responses to score ({@link #VERIFY})
 */
public record SandboxRequest(String task, Map<String, byte[]> classes, String className, String scriptFile, String scriptText,
        int seedsPerLevel, List<Integer> levels, long replaySeed, int fuzzCount, List<Wanted> wanted, List<Answered> answered) {
    public static final String CONTRACT = "contract";
    public static final String CASES = "cases";
    public static final String VERIFY = "verify";

    /**
     * One case to make: its level, and its seed {@code Seeds.caseSeed(runSeed, id, index)} with the candidate's own id.
     */
    public record Wanted(int level, long runSeed, int index) {}

    /** A case the child made earlier and a model's response to it. */
    public record Answered(Case record, String response) {
        public Answered {
            requireNonNull(record, "record is null");
            requireNonNull(response, "response is null");
        }
    }

    public SandboxRequest {
        requireNonNull(task, "task is null");
        classes = Map.copyOf(classes);
        requireNonNull(className, "className is null");
        requireNonNull(scriptFile, "scriptFile is null");
        requireNonNull(scriptText, "scriptText is null");
        levels = List.copyOf(levels);
        wanted = wanted == null ? List.of() : List.copyOf(wanted);
        answered = answered == null ? List.of() : List.copyOf(answered);
    }

    /** The contract on a Java candidate ({@code scriptFile} "") or a script ({@code classes} empty, {@code className} ""). */
    public static SandboxRequest contract(Map<String, byte[]> classes, String className, String scriptFile, String scriptText,
            int seedsPerLevel, List<Integer> levels, long replaySeed, int fuzzCount) {
        return new SandboxRequest(CONTRACT, classes, className, scriptFile, scriptText, seedsPerLevel, levels, replaySeed, fuzzCount,
                List.of(), List.of());
    }

    /** The candidate's info and the cases {@code wanted}, made with the tags answer style. */
    public static SandboxRequest cases(Map<String, byte[]> classes, String className, List<Wanted> wanted) {
        return new SandboxRequest(CASES, classes, className, "", "", 0, List.of(), -1, 0, wanted, List.of());
    }

    /** The candidate's scores of responses to cases it made. */
    public static SandboxRequest verify(Map<String, byte[]> classes, String className, List<Answered> answered) {
        return new SandboxRequest(VERIFY, classes, className, "", "", 0, List.of(), -1, 0, List.of(), answered);
    }

    boolean script() {
        return !scriptFile.isEmpty();
    }
}
