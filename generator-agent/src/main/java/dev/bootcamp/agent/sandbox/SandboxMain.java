package dev.bootcamp.agent.sandbox;

import dev.bootcamp.api.AnswerStyle;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Score;
import dev.bootcamp.core.Case;
import dev.bootcamp.core.Json;
import dev.bootcamp.core.Seeds;
import dev.bootcamp.core.TypedBootcamp;
import dev.bootcamp.scripts.ScriptBootcamp;
import dev.bootcamp.scripts.ScriptSource;
import dev.bootcamp.testkit.Conformance;
import dev.bootcamp.testkit.ConformanceReport;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The child process that runs a candidate. Before any of the candidate's code is loaded it takes the process's
 * standard output for itself as the result channel (the candidate's {@code System.out} goes nowhere) and reads its
 * standard input: a one-line nonce, then the {@link SandboxRequest} as JSON. It runs the task and writes one line, the
 * nonce, a space and the {@link SandboxResult} as JSON, to the channel; then it halts at once, so threads the
 * candidate left running cannot keep it alive. The parent starts it inside the OS sandbox, kills it on its wall-clock
 * limit, and reads only the line that carries its nonce. Nothing here is a defence against the candidate, which runs
 * in this process with its rights (docs/SECURITY.md says what the nonce does and does not protect).
 */
public final class SandboxMain {
    private SandboxMain() {}

    public static void main(String[] args) {
        OutputStream channel = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        int status = 0;
        String nonce = "";
        SandboxResult result;
        try {
            byte[] input = System.in.readAllBytes();
            System.setIn(InputStream.nullInputStream());
            int newline = 0;
            while (newline < input.length && input[newline] != '\n') {
                newline++;
            }
            nonce = new String(input, 0, newline, StandardCharsets.US_ASCII);
            SandboxRequest request = Json.read(input, newline + 1, Math.max(0, input.length - newline - 1), SandboxRequest.class);
            Arrays.fill(input, (byte) 0);
            result = run(request);
        } catch (Throwable e) {
            status = 2;
            result = SandboxResult.failure("contract", "", "", e);
        }
        try {
            channel.write((nonce + " " + Json.write(result) + "\n").getBytes(StandardCharsets.UTF_8));
            channel.flush();
        } catch (Throwable e) {
            status = 3; // the parent reports the missing result
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
            return SandboxResult.failure("info", "", "", e);
        }
        try {
            return switch (request.task()) {
                case SandboxRequest.CASES -> cases(factory.get(), request.wanted());
                case SandboxRequest.VERIFY -> verify(factory.get(), request.answered());
                default -> contract(factory, info, request);
            };
        } catch (Throwable e) {
            return SandboxResult.failure(request.task(), info.id(), info.domain(), e);
        }
    }

    private static SandboxResult contract(Supplier<Bootcamp<?, ?>> factory, BootcampInfo info, SandboxRequest request) {
        Conformance.Options options = Conformance.Options.defaults().withSeedsPerLevel(request.seedsPerLevel())
                .withLevels(request.levels()).withFuzzCount(request.fuzzCount());
        if (request.replaySeed() >= 0) {
            options = options.withReplaySeed(request.replaySeed());
        }
        long start = System.nanoTime();
        ConformanceReport report = Conformance.check(factory, options);
        return new SandboxResult(info.id(), info.domain(), SandboxRequest.CONTRACT, report.passed(), "", report.cases(),
                (System.nanoTime() - start) / 1e9, report.failures(), null, List.of(), List.of());
    }

    private static SandboxResult cases(Bootcamp<?, ?> bootcamp, List<SandboxRequest.Wanted> wanted) {
        TypedBootcamp<?, ?> typed = TypedBootcamp.of(bootcamp);
        BootcampInfo info = typed.info();
        List<Case> samples = new ArrayList<>();
        for (SandboxRequest.Wanted one : wanted) {
            long seed = Seeds.caseSeed(one.runSeed(), info.id(), one.index());
            samples.add(typed.makeCase(bootcamp.atLevel(one.level()), one.level(), seed, AnswerStyle.TAGS));
        }
        return new SandboxResult(info.id(), info.domain(), SandboxRequest.CASES, false, "", 0, 0, List.of(),
                CandidateInfo.of(bootcamp.getClass().getName(), info), samples, List.of());
    }

    private static SandboxResult verify(Bootcamp<?, ?> bootcamp, List<SandboxRequest.Answered> answered) {
        TypedBootcamp<?, ?> typed = TypedBootcamp.of(bootcamp);
        List<Score> scores = new ArrayList<>();
        for (SandboxRequest.Answered one : answered) {
            scores.add(typed.verify(one.record(), one.response()));
        }
        return new SandboxResult(typed.info().id(), typed.info().domain(), SandboxRequest.VERIFY, false, "", 0, 0, List.of(), null,
                List.of(), scores);
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
}
