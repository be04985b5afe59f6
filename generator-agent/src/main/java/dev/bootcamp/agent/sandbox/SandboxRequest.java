package dev.bootcamp.agent.sandbox;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * What the sandboxed child runs: a compiled Java candidate ({@code classes} and {@code className}) or a script
 * ({@code scriptFile} and {@code scriptText}), and how much of the contract.
 *
 * @param classes class name to class file bytes, empty for a script
 * @param className the bootcamp class to instantiate, or "" for a script
 * @param scriptFile how errors name the script, or "" for Java
 * @param scriptText the script's source, or "" for Java
 */
public record SandboxRequest(Map<String, byte[]> classes, String className, String scriptFile, String scriptText, int seedsPerLevel,
        List<Integer> levels, long replaySeed, int fuzzCount) {
    public SandboxRequest {
        classes = Map.copyOf(classes);
        requireNonNull(className, "className is null");
        requireNonNull(scriptFile, "scriptFile is null");
        requireNonNull(scriptText, "scriptText is null");
        levels = List.copyOf(levels);
    }

    boolean script() {
        return !scriptFile.isEmpty();
    }
}
