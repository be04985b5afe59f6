package dev.bootcamp.agent.sandbox;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.core.Json;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a candidate in a child JVM ({@link SandboxMain}) and reads back its {@link SandboxResult}. With bubblewrap the
 * child has no network, sees the system folders, the JDK and the class path read-only and nothing else but two
 * size-capped memory folders ({@code /tmp} and its working folder {@code /box}), runs in its own PID namespace and
 * session, and dies with its parent; {@code prlimit} caps its address space, CPU time, file size and process count. The
 * request goes in on the child's standard input behind a fresh nonce, and the result comes back on its standard output
 * behind the same nonce ({@link ResultChannel}); no file carries either. Whatever the candidate does, the parent kills the whole process
 * tree at the wall-clock limit and reports what it saw, so a report and an exit code always come back.
 */
public final class SandboxRunner {
    private static final String BWRAP = "/usr/bin/bwrap";
    private static final long MAX_RESULT_BYTES = 16L << 20;
    private static final int HEAP_MB = 1024;
    private static final long ADDRESS_SPACE_BYTES = 6L << 30;
    private static final long FILE_BYTES = 64L << 20;
    private static final int PROCESSES = 256;
    /** Each of the child's two writable folders, /tmp and /box, is a memory file system of this size. */
    private static final long TMPFS_BYTES = 64L << 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** How a candidate is run. */
    public enum Mode {
        /** In a child JVM inside bubblewrap. */
        SANDBOXED,
        /** In a plain child JVM with the user's rights (the user asked for it). */
        UNSANDBOXED,
        /** Not at all: no sandbox works here and the user did not ask to run unsandboxed. */
        REFUSED
    }

    /**
     * What came back: a result, or why there is none.
     *
     * @param result the child's report, or null
     * @param problem why there is no result ("" when there is one)
     * @param timedOut whether the wall-clock limit ended the run
     */
    public record Outcome(SandboxResult result, String problem, boolean timedOut) {
        public Outcome {
            requireNonNull(problem, "problem is null");
        }
    }

    private static volatile String probed;

    private final Mode mode;
    private final String reason;
    private final List<Path> classPath;

    private SandboxRunner(Mode mode, String reason, List<Path> classPath) {
        this.mode = mode;
        this.reason = reason;
        this.classPath = List.copyOf(classPath);
    }

    /**
     * The runner for this machine: sandboxed when bubblewrap works, else unsandboxed when {@code allowUnsandboxed},
     * else one that refuses with a reason.
     */
    public static SandboxRunner detect(List<Path> classPath, boolean allowUnsandboxed) {
        String problem = sandboxProblem();
        if (problem.isEmpty()) {
            return new SandboxRunner(Mode.SANDBOXED, "", classPath);
        }
        if (allowUnsandboxed) {
            return new SandboxRunner(Mode.UNSANDBOXED, problem, classPath);
        }
        return new SandboxRunner(Mode.REFUSED, "no sandbox to run untrusted code in (" + problem
                + "); install bubblewrap, or pass --unsandboxed to run it with your rights", classPath);
    }

    /** A runner that always uses a plain child JVM, whether or not a sandbox exists. */
    public static SandboxRunner unsandboxed(List<Path> classPath) {
        return new SandboxRunner(Mode.UNSANDBOXED, "", classPath);
    }

    public Mode mode() {
        return mode;
    }

    /** Why the candidate is not run ({@link Mode#REFUSED}), or why no sandbox was used; "" otherwise. */
    public String reason() {
        return reason;
    }

    /** Why bubblewrap cannot be used here, or "" when it works (for tests that need the sandbox itself). */
    public static String sandboxProblemForTests() {
        return sandboxProblem();
    }

    /** Why bubblewrap cannot be used here, or "" when a probe ran inside it; probed once per process. */
    static String sandboxProblem() {
        String known = probed;
        if (known != null) {
            return known;
        }
        String problem;
        if (!Files.isExecutable(Path.of(BWRAP))) {
            problem = BWRAP + " is not installed";
        } else if (!Files.isExecutable(Path.of("/usr/bin/prlimit"))) {
            problem = "/usr/bin/prlimit is not installed";
        } else {
            problem = probe();
        }
        probed = problem;
        return problem;
    }

    private static String probe() {
        try {
            List<String> command = new ArrayList<>(bwrap(List.of()));
            command.addAll(List.of("/usr/bin/prlimit", "--nproc=" + PROCESSES, "--", "/bin/sh", "-c", "echo ok > /box/probe && cat /box/probe"));
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            byte[] said;
            try (InputStream out = process.getInputStream()) {
                said = out.readNBytes(16);
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill(process);
                return "bubblewrap did not answer within 30 s";
            }
            if (process.exitValue() != 0 || !new String(said, StandardCharsets.UTF_8).strip().equals("ok")) {
                return "bubblewrap fails here (exit " + process.exitValue() + "; user namespaces may be disabled)";
            }
            return "";
        } catch (IOException e) {
            return "bubblewrap cannot start: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while probing bubblewrap";
        }
    }

    /** Runs one request; never throws for anything the candidate does. */
    public Outcome run(SandboxRequest request, Duration limit) {
        if (mode == Mode.REFUSED) {
            return new Outcome(null, reason, false);
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("bootcamp-sandbox");
            Path box = Files.createDirectories(folder.resolve("box"));
            Path errors = folder.resolve("stderr.txt");
            boolean sandboxed = mode == Mode.SANDBOXED;
            List<String> command = new ArrayList<>(sandboxed ? bwrap(classPath) : List.of());
            command.addAll(limits(limit, sandboxed));
            command.addAll(java(sandboxed ? "/box" : box.toString()));
            String nonce = nonce();
            byte[] input = (nonce + "\n" + Json.write(request)).getBytes(StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(command).directory(box.toFile()).redirectError(errors.toFile()).start();
            ResultChannel channel = new ResultChannel(process, input, MAX_RESULT_BYTES);
            boolean finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                kill(process);
                return new Outcome(null, "the candidate did not finish within " + limit.toSeconds() + " s and was killed", true);
            }
            // Descendants an exited child left behind may hold its output open; end them, read the result, and only
            // then destroy the process: destroying it closes its pipes and drops output the reader has not taken yet.
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            String problem = "the candidate's process ended (exit " + process.exitValue() + ") without a result" + lastLine(errors);
            Outcome outcome = channel.result(nonce, problem);
            kill(process);
            return outcome;
        } catch (IOException e) {
            return new Outcome(null, "cannot start the candidate's process: " + e.getMessage(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted", false);
        } finally {
            delete(folder);
        }
    }

    /** A fresh random token; the child prints it in front of its result, so only that line is read as the result. */
    private static String nonce() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static List<String> bwrap(List<Path> classPath) {
        List<String> command = new ArrayList<>(List.of(BWRAP, "--unshare-all", "--die-with-parent", "--new-session", "--clearenv",
                "--setenv", "PATH", "/usr/bin:/bin", "--setenv", "MALLOC_ARENA_MAX", "2", "--ro-bind", "/usr", "/usr"));
        for (String system : List.of("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc")) {
            command.addAll(List.of("--ro-bind-try", system, system));
        }
        String javaHome = Path.of(System.getProperty("java.home")).toAbsolutePath().toString();
        command.addAll(List.of("--ro-bind-try", javaHome, javaHome));
        command.addAll(List.of("--proc", "/proc", "--dev", "/dev", "--size", String.valueOf(TMPFS_BYTES), "--tmpfs", "/tmp",
                "--size", String.valueOf(TMPFS_BYTES), "--tmpfs", "/box"));
        // After the private /tmp, so that a class path under /tmp (a checkout or a test runner's jar there) stays visible.
        for (Path entry : classPath) {
            String path = entry.toAbsolutePath().toString();
            command.addAll(List.of("--ro-bind-try", path, path));
        }
        command.addAll(List.of("--chdir", "/box"));
        return command;
    }

    private static List<String> limits(Duration limit, boolean sandboxed) {
        if (!Files.isExecutable(Path.of("/usr/bin/prlimit"))) {
            return List.of();
        }
        long cpuSeconds = Math.max(60, limit.toSeconds() * Math.max(2, Runtime.getRuntime().availableProcessors()));
        List<String> command = new ArrayList<>(List.of("/usr/bin/prlimit", "--as=" + ADDRESS_SPACE_BYTES, "--cpu=" + cpuSeconds,
                "--fsize=" + FILE_BYTES, "--core=0"));
        if (sandboxed) {
            // In a fresh user namespace the process count is the sandbox's own; outside it would count all the user's.
            command.add("--nproc=" + PROCESSES);
        }
        command.add("--");
        return command;
    }

    private List<String> java(String box) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String path = String.join(File.pathSeparator, classPath.stream().map(entry -> entry.toAbsolutePath().toString()).toList());
        return List.of(java, "-Xmx" + HEAP_MB + "m", "-Xss1m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData",
                "-XX:CompressedClassSpaceSize=256m", "-XX:ReservedCodeCacheSize=128m", "-XX:MaxMetaspaceSize=512m",
                "-XX:+DisplayVMOutputToStderr", "-Djava.io.tmpdir=" + box, "-cp", path, SandboxMain.class.getName());
    }

    /** Kills the descendants first, then the process, and waits for the process to go. */
    private static void kill(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        process.descendants().forEach(ProcessHandle::destroyForcibly);
    }

    private static String lastLine(Path errors) {
        try (InputStream in = Files.newInputStream(errors)) {
            String text = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                return "";
            }
            String last = text.substring(text.lastIndexOf('\n') + 1).strip();
            return ": " + (last.length() > 200 ? last.substring(0, 200) + "..." : last);
        } catch (IOException e) {
            return "";
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // A leftover temporary folder is harmless; the run's outcome matters more.
        }
    }
}
