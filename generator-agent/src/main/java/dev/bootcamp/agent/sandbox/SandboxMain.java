package dev.bootcamp.agent.sandbox;

import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Conformance;
import dev.bootcamp.api.ConformanceReport;
import dev.bootcamp.api.Json;
import dev.bootcamp.scripts.ScriptBootcamp;
import dev.bootcamp.scripts.ScriptSource;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Supplier;

/**
 * The child process that runs a candidate: {@code SandboxMain REQUEST.json RESULT.json}. It reads the request, makes an
 * instance, reads {@code info()}, runs the contract and writes a {@link SandboxResult}; then it halts at once, so
 * threads the candidate left running cannot keep it alive. The parent starts it inside the OS sandbox and kills it on
 * its wall-clock limit; nothing here is a defence against the candidate, which runs with this process's rights.
 */
public final class SandboxMain {
    private SandboxMain() {}

    public static void main(String[] args) {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        System.setOut(quiet);
        int status = 0;
        try {
            SandboxRequest request = Json.MAPPER.readValue(Path.of(args[0]).toFile(), SandboxRequest.class);
            write(Path.of(args[1]), run(request));
        } catch (Throwable e) {
            status = 2;
            try {
                write(Path.of(args[1]), failure("contract", "", "", e));
            } catch (Throwable ignored) {
                // Nothing more to say; the parent reports the missing result.
            }
        }
        Runtime.getRuntime().halt(status);
    }

    private static SandboxResult run(SandboxRequest request) {
        Supplier<Bootcamp<?, ?>> factory;
        BootcampInfo info;
        try {
            factory = factory(request);
            info = factory.get().info();
        } catch (Throwable e) {
            return failure("info", "", "", e);
        }
        Conformance.Options options = Conformance.Options.defaults().withSeedsPerLevel(request.seedsPerLevel())
                .withLevels(request.levels()).withFuzzCount(request.fuzzCount());
        if (request.replaySeed() >= 0) {
            options = options.withReplaySeed(request.replaySeed());
        }
        long start = System.nanoTime();
        try {
            ConformanceReport report = Conformance.check(factory, options);
            return new SandboxResult(info.id(), info.domain(), "contract", report.passed(), "", report.cases(),
                    (System.nanoTime() - start) / 1e9, report.failures());
        } catch (Throwable e) {
            return failure("contract", info.id(), info.domain(), e);
        }
    }

    private static Supplier<Bootcamp<?, ?>> factory(SandboxRequest request) throws ClassNotFoundException {
        if (request.script()) {
            ScriptSource source = ScriptSource.read(request.scriptFile(), request.scriptText());
            return () -> new ScriptBootcamp(source);
        }
        IsolatedClassLoader loader = new IsolatedClassLoader(Bootcamp.class.getClassLoader(), request.classes());
        Class<?> type = Class.forName(request.className(), false, loader);
        return () -> {
            try {
                return (Bootcamp<?, ?>) type.getConstructor().newInstance();
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("the constructor of " + type.getSimpleName() + " threw " + e.getCause(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make " + type.getName() + ": " + e, e);
            }
        };
    }

    private static SandboxResult failure(String stage, String id, String domain, Throwable error) {
        return new SandboxResult(id, domain, stage, false, String.valueOf(error).replace('\n', ' '), 0, 0, List.of());
    }

    private static void write(Path target, SandboxResult result) throws Exception {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.writeString(partial, Json.write(result));
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
