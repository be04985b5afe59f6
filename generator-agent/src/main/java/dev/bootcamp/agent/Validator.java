package dev.bootcamp.agent;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.agent.sandbox.IsolatedClassLoader;
import dev.bootcamp.agent.sandbox.SandboxRequest;
import dev.bootcamp.agent.sandbox.SandboxResult;
import dev.bootcamp.agent.sandbox.SandboxRunner;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.Names;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.scripts.ScriptException;
import dev.bootcamp.scripts.ScriptSource;
import dev.bootcamp.testkit.Conformance;
import dev.bootcamp.testkit.ConformanceReport;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * {@code bootcamp validate}: static checks on the source and compilation in memory, in this process (they run none of
 * the candidate's code), then making an instance, {@code info()} and the contract in a child process inside the OS
 * sandbox ({@link SandboxRunner}). Code whose static checks find anything off the allow list is never run. Bootcamps
 * of the catalogue ({@link #validateRegistered}) are the operator's own code and run in this process.
 */
public final class Validator {
    private final Catalog catalog;
    private final SandboxRunner sandbox;

    /**
     * How much of the contract to run.
     *
     * @param seedsPerLevel cases per level
     * @param levels the levels to check
     * @param replaySeed a case seed to replay alone, or -1
     * @param fuzzCount hostile responses in all
     * @param timeout most wall time the contract may take before it is reported as stuck
     */
    public record Options(int seedsPerLevel, List<Integer> levels, long replaySeed, int fuzzCount, Duration timeout) {
        public Options {
            levels = List.copyOf(levels);
            requireNonNull(timeout, "timeout is null");
        }

        public static Options defaults() {
            return new Options(20, IntStream.rangeClosed(1, 10).boxed().toList(), -1, 10_000, Duration.ofMinutes(5));
        }

        public Options withSeedsPerLevel(int seeds) {
            return new Options(seeds, levels, replaySeed, fuzzCount, timeout);
        }

        public Options withReplay(int level, long seed) {
            return new Options(1, List.of(level), seed, fuzzCount, timeout);
        }

        public Options withTimeout(Duration limit) {
            return new Options(seedsPerLevel, levels, replaySeed, fuzzCount, limit);
        }

        Conformance.Options contract() {
            Conformance.Options options = Conformance.Options.defaults().withSeedsPerLevel(seedsPerLevel).withLevels(levels).withFuzzCount(fuzzCount);
            return replaySeed >= 0 ? options.withReplaySeed(replaySeed) : options;
        }
    }

    /** A validator that runs candidates only in a working sandbox, and otherwise refuses to run them. */
    public Validator(Catalog catalog) {
        this(catalog, false);
    }

    /** {@code allowUnsandboxed}: where no sandbox works, run candidates in a plain child process with the user's rights. */
    public Validator(Catalog catalog, boolean allowUnsandboxed) {
        this(catalog, SandboxRunner.detect(ProjectClasspath.entries(), allowUnsandboxed));
    }

    public Validator(Catalog catalog, SandboxRunner sandbox) {
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.sandbox = requireNonNull(sandbox, "sandbox is null");
    }

    /** The class path a child process runs candidates with: this process's own. */
    public static List<Path> childClassPath() {
        return ProjectClasspath.entries();
    }

    /** Validates a source file together with its same-stem helpers in the same folder ({@code SudokuSolver.java}). */
    public ValidationReport validateFile(Path file, Options options) throws IOException {
        List<InMemoryCompiler.Source> sources = new ArrayList<>();
        sources.add(new InMemoryCompiler.Source(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
        sources.addAll(siblings(file));
        return validate(file.toString(), sources, options);
    }

    /**
     * Validates a script bootcamp file ({@code <id>.py}): the sandbox rules, {@code INFO} and the required functions
     * (any problem is a finding with its line, and the contract is not run), whether the id is free, then the contract.
     */
    public ValidationReport validateScript(Path file, Options options) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        String stem = name.replaceFirst("\\.py$", "");
        List<String> files = List.of(file.toString());
        ScriptSource source;
        try {
            source = ScriptSource.read(file.toString(), text);
        } catch (ScriptException e) {
            return new ValidationReport(file.toString(), false, stem, "script", files, List.of(new Finding(name, 0, "script", e.getMessage())),
                    List.of(), ValidationReport.Contract.notRun("the script does not load"));
        }
        String id = source.info().id();
        List<Finding> findings = new ArrayList<>();
        catalog.find(id).ifPresent(owner -> findings.add(new Finding(name, 0, "registration", "id '" + id + "' is taken by "
                + owner.getClass().getName() + "; choose another id (and file name)")));
        List<Finding> tree = ScriptSource.treeProblems(file.toString(), text).stream()
                .map(problem -> new Finding(name, problem.line(), "script", problem.message())).toList();
        findings.addAll(tree);
        if (!tree.isEmpty()) {
            return new ValidationReport(file.toString(), false, id, "script " + name, files, findings, List.of(),
                    ValidationReport.Contract.notRun("the script breaks the sandbox rules; it is not run until they are fixed"));
        }
        SandboxRequest request = SandboxRequest.contract(Map.of(), "", file.toString(), text, options.seedsPerLevel(), options.levels(),
                options.replaySeed(), options.fuzzCount());
        ValidationReport.Contract contract = sandboxed(id, request, options, null);
        return new ValidationReport(file.toString(), false, id, "script " + name, files, findings, List.of(), contract);
    }

    /** Validates source text that is not on disk, such as a candidate from the authoring loop. */
    public ValidationReport validateSource(String fileName, String source, Options options) {
        return validate(fileName, List.of(new InMemoryCompiler.Source(fileName, source)), options);
    }

    /**
     * Validates a bootcamp of the catalogue: the contract on the registered class, and the static checks when its source
     * is found under {@code sourceRoot} (for example {@code bootcamps/src/main/java}).
     */
    public ValidationReport validateRegistered(String id, Path sourceRoot, Options options) throws IOException {
        Bootcamp<?, ?> registered = catalog.get(id);
        Class<?> type = registered.getClass();
        Path file = sourceRoot.resolve(type.getPackageName().replace('.', '/')).resolve(type.getSimpleName() + ".java");
        List<Finding> findings = new ArrayList<>();
        List<String> files = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            List<InMemoryCompiler.Source> sources = new ArrayList<>();
            sources.add(new InMemoryCompiler.Source(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            sources.addAll(siblings(file));
            for (int i = 0; i < sources.size(); i++) {
                findings.addAll(SourceChecks.check(sources.get(i).name(), sources.get(i).text(), i == 0).findings());
                files.add(file.resolveSibling(sources.get(i).name()).toString());
            }
        }
        ValidationReport.Contract contract = runContract(id, () -> instantiate(type), options);
        return new ValidationReport(id, true, id, type.getName(), files, findings, List.of(), contract);
    }

    /**
     * A source that validated, compiled in memory but not loaded here: its cases and scores come from the sandboxed
     * child, each call a fresh one limited to {@code limit}. Throws {@link AgentException} when it does not compile or
     * no sandbox may run it.
     *
     * @param className the bootcamp class, as its validation report names it
     */
    public SandboxedCandidate candidate(String fileName, String source, String className, Duration limit) {
        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(List.of(new InMemoryCompiler.Source(fileName, source)), ProjectClasspath.entries());
        if (!compiled.compiled()) {
            throw new AgentException(fileName + " does not compile: " + compiled.errors().get(0));
        }
        if (!compiled.classes().containsKey(className)) {
            throw new AgentException(fileName + " has no class " + className);
        }
        if (sandbox.mode() == SandboxRunner.Mode.REFUSED) {
            throw new AgentException(sandbox.reason());
        }
        return new SandboxedCandidate(sandbox, compiled.classes(), className, limit);
    }

    private ValidationReport validate(String target, List<InMemoryCompiler.Source> sources, Options options) {
        List<Finding> findings = new ArrayList<>();
        SourceChecks.Result main = null;
        for (InMemoryCompiler.Source source : sources) {
            SourceChecks.Result result = SourceChecks.check(source.name(), source.text(), main == null);
            main = main == null ? result : main;
            findings.addAll(result.findings());
        }
        String stem = sources.get(0).name().replaceFirst("\\.java$", "");
        String className = qualified(main);
        String id = BootcampNaming.idOf(main.bootcampClass() != null ? main.bootcampClass() : stem);
        List<String> files = sources.stream().map(InMemoryCompiler.Source::name).toList();
        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(sources, ProjectClasspath.entries());
        if (!compiled.compiled()) {
            return new ValidationReport(target, false, id, className, files, findings, compiled.errors(),
                    ValidationReport.Contract.notRun("the source does not compile"));
        }
        List<String> unsafe = findings.stream().map(Finding::rule).filter(ForbiddenApis.UNSAFE::contains).distinct().toList();
        if (!unsafe.isEmpty()) {
            return new ValidationReport(target, false, id, className, files, findings, List.of(), ValidationReport.Contract.notRun(
                    "the code uses " + String.join(", ", unsafe) + " APIs; it is not run until the static findings are fixed"));
        }
        Optional<Class<?>> type = findBootcamp(compiled, className);
        if (type.isEmpty()) {
            return new ValidationReport(target, false, id, className, files, findings, List.of(),
                    ValidationReport.Contract.notRun("no public concrete class implements Bootcamp"));
        }
        Class<?> bootcampType = type.get();
        String problem = constructorProblem(bootcampType);
        if (problem != null) {
            return new ValidationReport(target, false, id, bootcampType.getName(), files, findings, List.of(), ValidationReport.Contract.notRun(problem));
        }
        SandboxRequest request = SandboxRequest.contract(compiled.classes(), bootcampType.getName(), "", "", options.seedsPerLevel(),
                options.levels(), options.replaySeed(), options.fuzzCount());
        SandboxResult[] result = new SandboxResult[1];
        ValidationReport.Contract contract = sandboxed(id, request, options, result);
        String loadedId = id;
        if (result[0] != null && !result[0].stage().equals("info")) {
            loadedId = result[0].id();
            findings.addAll(registrationFindings(result[0].id(), result[0].domain(), bootcampType, sources.get(0).name(), main.classLine()));
        }
        return new ValidationReport(target, false, loadedId, bootcampType.getName(), files, findings, List.of(), contract);
    }

    /** Runs a candidate's info() and contract in the child process; {@code got[0]} receives the child's result when asked. */
    private ValidationReport.Contract sandboxed(String id, SandboxRequest request, Options options, SandboxResult[] got) {
        Conformance.Options contract = options.contract();
        if (sandbox.mode() == SandboxRunner.Mode.REFUSED) {
            return ValidationReport.Contract.notRun(sandbox.reason());
        }
        SandboxRunner.Outcome outcome = sandbox.run(request, options.timeout());
        SandboxResult result = outcome.result();
        if (got != null) {
            got[0] = result;
        }
        if (outcome.timedOut()) {
            return new ValidationReport.Contract(ValidationReport.Status.ERROR, "the contract did not finish within " + options.timeout().toSeconds()
                    + " s (an endless loop in generate, solve or check?); its process was killed", 0, contract.seedsPerLevel(),
                    contract.levels(), contract.runSeed(), options.timeout().toSeconds(), List.of());
        }
        if (result == null) {
            return new ValidationReport.Contract(ValidationReport.Status.ERROR, outcome.problem(), 0, contract.seedsPerLevel(),
                    contract.levels(), contract.runSeed(), 0, List.of());
        }
        if (result.stage().equals("info")) {
            return new ValidationReport.Contract(ValidationReport.Status.ERROR, "could not make an instance and read info(): " + result.error(),
                    0, 0, List.of(), 0, 0, List.of());
        }
        if (!result.error().isEmpty()) {
            return new ValidationReport.Contract(ValidationReport.Status.ERROR, "the contract could not run on " + id + ": " + result.error(), 0,
                    contract.seedsPerLevel(), contract.levels(), contract.runSeed(), result.seconds(), List.of());
        }
        return new ValidationReport.Contract(result.passed() ? ValidationReport.Status.PASSED : ValidationReport.Status.FAILED, "",
                result.cases(), contract.seedsPerLevel(), contract.levels(), contract.runSeed(), result.seconds(), result.failures());
    }

    private List<Finding> registrationFindings(String infoId, String infoDomain, Class<?> type, String file, int line) {
        List<Finding> findings = new ArrayList<>();
        String expectedId = Names.idOf(type);
        if (!infoId.equals(expectedId)) {
            findings.add(new Finding(file, line, "registration", "info().id() is '" + infoId + "' but the class name gives '" + expectedId
                    + "'; build the info with BootcampInfo.builder(" + type.getSimpleName() + ".class)"));
        }
        String packageDomain = BootcampNaming.domainOfPackage(type.getPackageName());
        if (!infoDomain.equals(packageDomain)) {
            findings.add(new Finding(file, line, "registration", "info().domain() is '" + infoDomain + "' but the class is in package "
                    + type.getPackageName() + "; the domain is the package's last segment"));
        }
        catalog.find(infoId).filter(owner -> !owner.getClass().getName().equals(type.getName())).ifPresent(owner ->
                findings.add(new Finding(file, line, "registration", "id '" + infoId + "' is taken by " + owner.getClass().getName()
                        + "; choose another class name")));
        return findings;
    }

    private static ValidationReport.Contract runContract(String id, Supplier<Bootcamp<?, ?>> factory, Options options) {
        Conformance.Options contract = options.contract();
        long start = System.nanoTime();
        try {
            ConformanceReport report = callWithin(options.timeout(), () -> Conformance.check(factory, contract));
            double seconds = (System.nanoTime() - start) / 1e9;
            return new ValidationReport.Contract(report.passed() ? ValidationReport.Status.PASSED : ValidationReport.Status.FAILED, "",
                    report.cases(), contract.seedsPerLevel(), contract.levels(), contract.runSeed(), seconds, report.failures());
        } catch (TimeoutException e) {
            return new ValidationReport.Contract(ValidationReport.Status.ERROR, "the contract did not finish within " + options.timeout().toSeconds()
                    + " s (an endless loop in generate, solve or check?)", 0, contract.seedsPerLevel(), contract.levels(), contract.runSeed(),
                    options.timeout().toSeconds(), List.of());
        } catch (Exception e) {
            return new ValidationReport.Contract(ValidationReport.Status.ERROR, "the contract could not run on " + id + ": " + describe(e), 0,
                    contract.seedsPerLevel(), contract.levels(), contract.runSeed(), (System.nanoTime() - start) / 1e9, List.of());
        }
    }

    /** Runs candidate code on a daemon thread of its own, so an endless loop costs a timeout, not the process. */
    private static <T> T callWithin(Duration timeout, Callable<T> work) throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread worker = new Thread(runnable, "bootcamp-validate");
            worker.setDaemon(true);
            return worker;
        });
        try {
            Future<T> result = thread.submit(work);
            try {
                return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Exception exception) {
                    throw exception;
                }
                throw new IllegalStateException(String.valueOf(cause), cause);
            } catch (TimeoutException e) {
                result.cancel(true);
                throw e;
            }
        } finally {
            thread.shutdownNow();
        }
    }

    private static Optional<Class<?>> findBootcamp(InMemoryCompiler.Result compiled, String preferred) {
        IsolatedClassLoader loader = new IsolatedClassLoader(Bootcamp.class.getClassLoader(), compiled.classes());
        List<Class<?>> found = new ArrayList<>();
        for (String name : compiled.classes().keySet()) {
            try {
                Class<?> type = Class.forName(name, false, loader);
                if (Bootcamp.class.isAssignableFrom(type) && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
                    found.add(type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // A class that cannot load is not a bootcamp; the contract reports the failure when the bootcamp needs it.
            }
        }
        return found.stream().filter(type -> type.getName().equals(preferred)).findFirst().or(() -> found.stream().findFirst());
    }

    private static String constructorProblem(Class<?> type) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return type.getName() + " is not public";
        }
        try {
            Constructor<?> constructor = type.getConstructor();
            return Modifier.isPublic(constructor.getModifiers()) ? null : type.getName() + " has no public no-argument constructor";
        } catch (NoSuchMethodException e) {
            return type.getName() + " has no public no-argument constructor";
        }
    }

    private static Bootcamp<?, ?> instantiate(Class<?> type) {
        try {
            return (Bootcamp<?, ?>) type.getConstructor().newInstance();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the constructor of " + type.getSimpleName() + " threw " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make " + type.getName() + ": " + e, e);
        }
    }

    private static String qualified(SourceChecks.Result checked) {
        if (checked.bootcampClass() == null) {
            return null;
        }
        return checked.packageName().isEmpty() ? checked.bootcampClass() : checked.packageName() + "." + checked.bootcampClass();
    }

    /**
     * The same-stem helpers of a bootcamp file: {@code SudokuSolver.java} belongs to {@code SudokuBootcamp.java}, unless
     * a longer stem claims it ({@code SudokuXSolver.java} belongs to {@code SudokuXBootcamp.java} when that exists).
     */
    private static List<InMemoryCompiler.Source> siblings(Path file) throws IOException {
        String name = file.getFileName().toString();
        String suffix = "Bootcamp.java";
        if (!name.endsWith(suffix) || name.equals(suffix) || file.getParent() == null) {
            return List.of();
        }
        String stem = name.substring(0, name.length() - suffix.length());
        List<Path> listing;
        try (Stream<Path> files = Files.list(file.getParent())) {
            listing = files.filter(path -> path.getFileName().toString().endsWith(".java")).sorted().toList();
        }
        List<String> stems = listing.stream().map(path -> path.getFileName().toString()).filter(other -> other.endsWith(suffix))
                .map(other -> other.substring(0, other.length() - suffix.length())).filter(other -> !other.isEmpty()).toList();
        List<InMemoryCompiler.Source> siblings = new ArrayList<>();
        for (Path sibling : listing) {
            String siblingName = sibling.getFileName().toString();
            if (siblingName.endsWith(suffix)) {
                continue;
            }
            String owner = stems.stream().filter(siblingName::startsWith).max(Comparator.comparingInt(String::length)).orElse("");
            if (owner.equals(stem)) {
                siblings.add(new InMemoryCompiler.Source(siblingName, Files.readString(sibling, StandardCharsets.UTF_8)));
            }
        }
        return siblings;
    }

    private static String describe(Throwable error) {
        return String.valueOf(error).replace('\n', ' ');
    }
}
