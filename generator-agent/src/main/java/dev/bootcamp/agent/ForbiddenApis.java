package dev.bootcamp.agent;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a bootcamp may not touch, by rule. A bootcamp is a pure function of its knobs and its random source, run inside
 * trainers and servers: it reads no files, network, processes, clock or environment, draws no randomness of its own,
 * looks nothing up by reflection and prints nothing. Names are matched after {@link NameScope} resolves them.
 */
final class ForbiddenApis {
    static final String FILE = "file";
    static final String NETWORK = "network";
    static final String PROCESS = "process";
    static final String REFLECTION = "reflection";
    static final String CLOCK = "clock";
    static final String RANDOM = "random";
    static final String ENVIRONMENT = "environment";
    static final String CONSOLE = "console";

    /** Rules whose findings keep candidate code from running at all: it would touch the machine it runs on. */
    static final Set<String> UNSAFE = Set.of(FILE, NETWORK, PROCESS, REFLECTION, ENVIRONMENT);

    private static final Map<String, String> WHY = Map.of(
            FILE, "a bootcamp reads and writes no files; keep data in code (List.of, records) or in the puzzle",
            NETWORK, "a bootcamp uses no network",
            PROCESS, "a bootcamp starts and inspects no processes",
            REFLECTION, "a bootcamp uses no reflection or class loading; call code directly",
            CLOCK, "a case must not depend on when it is made; no clock",
            RANDOM, "draw randomness only from the RandomGenerator given to generate (the Draw helpers take it)",
            ENVIRONMENT, "a bootcamp neither reads nor changes the JVM's environment (exit, properties, variables, identity hashes)",
            CONSOLE, "a bootcamp prints nothing; say why in a Score detail or an exception message");

    private record Prefix(String prefix, String rule) {}

    private static final List<Prefix> TYPE_PREFIXES = List.of(new Prefix("java.nio.file.", FILE), new Prefix("java.io.File", FILE),
            new Prefix("java.net.", NETWORK), new Prefix("javax.net.", NETWORK), new Prefix("java.lang.reflect.", REFLECTION),
            new Prefix("java.lang.invoke.", REFLECTION), new Prefix("jdk.internal.", REFLECTION), new Prefix("sun.", REFLECTION));

    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("java.io.RandomAccessFile", FILE),
            Map.entry("java.nio.channels.FileChannel", FILE), Map.entry("java.lang.ProcessBuilder", PROCESS),
            Map.entry("java.lang.Process", PROCESS), Map.entry("java.lang.ProcessHandle", PROCESS), Map.entry("java.lang.Runtime", PROCESS),
            Map.entry("java.lang.ClassLoader", REFLECTION), Map.entry("java.time.Clock", CLOCK), Map.entry("java.time.InstantSource", CLOCK),
            Map.entry("java.util.concurrent.ThreadLocalRandom", RANDOM), Map.entry("java.security.SecureRandom", RANDOM),
            Map.entry("javax.script.ScriptEngineManager", REFLECTION));

    private static final Set<String> CLOCK_TYPES = Set.of("java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime",
            "java.time.LocalTime", "java.time.ZonedDateTime", "java.time.OffsetDateTime", "java.time.OffsetTime", "java.time.Year",
            "java.time.YearMonth", "java.time.MonthDay");

    private static final Map<String, String> SYSTEM_METHODS = Map.ofEntries(Map.entry("currentTimeMillis", CLOCK),
            Map.entry("nanoTime", CLOCK), Map.entry("exit", ENVIRONMENT), Map.entry("getenv", ENVIRONMENT),
            Map.entry("getProperty", ENVIRONMENT), Map.entry("getProperties", ENVIRONMENT), Map.entry("setProperty", ENVIRONMENT),
            Map.entry("clearProperty", ENVIRONMENT), Map.entry("setOut", ENVIRONMENT), Map.entry("setErr", ENVIRONMENT),
            Map.entry("setIn", ENVIRONMENT), Map.entry("console", ENVIRONMENT), Map.entry("load", ENVIRONMENT),
            Map.entry("loadLibrary", ENVIRONMENT), Map.entry("identityHashCode", ENVIRONMENT), Map.entry("gc", ENVIRONMENT));

    /** Reflection whatever the receiver is: nothing else in a bootcamp has these names. */
    private static final Set<String> REFLECTIVE_METHODS = Set.of("getDeclaredMethod", "getDeclaredMethods", "getDeclaredField",
            "getDeclaredFields", "getDeclaredConstructor", "getDeclaredConstructors", "getDeclaredClasses", "setAccessible",
            "getClassLoader", "getContextClassLoader", "getRecordComponents");

    /** Reflection when called on a class literal or on {@code getClass()}. */
    private static final Set<String> CLASS_METHODS = Set.of("getMethod", "getMethods", "getField", "getFields", "getConstructor",
            "getConstructors", "newInstance", "forName");

    private ForbiddenApis() {}

    static String why(String rule) {
        return WHY.getOrDefault(rule, "");
    }

    /** The rule a type (fully qualified) breaks by being used at all. */
    static Optional<String> type(String qualified) {
        String rule = TYPES.get(qualified);
        if (rule != null) {
            return Optional.of(rule);
        }
        return TYPE_PREFIXES.stream().filter(prefix -> qualified.startsWith(prefix.prefix())).map(Prefix::rule).findFirst();
    }

    /** The rule a whole package breaks when imported with {@code .*}. */
    static Optional<String> wildcardPackage(String packageName) {
        return type(packageName + ".");
    }

    /** The rule a static method call breaks; {@code arguments} is -1 when unknown (a method reference). */
    static Optional<String> call(String qualifiedType, String method, int arguments) {
        if (qualifiedType.equals("java.lang.System")) {
            return Optional.ofNullable(SYSTEM_METHODS.get(method));
        }
        if (method.equals("now") && CLOCK_TYPES.contains(qualifiedType)
                || qualifiedType.equals("java.util.Calendar") && method.equals("getInstance")
                || qualifiedType.equals("java.util.TimeZone") && method.equals("getDefault")
                || qualifiedType.equals("java.time.ZoneId") && method.equals("systemDefault")) {
            return Optional.of(CLOCK);
        }
        if ((qualifiedType.equals("java.lang.Math") || qualifiedType.equals("java.lang.StrictMath")) && method.equals("random")
                || qualifiedType.equals("java.util.random.RandomGenerator") && (method.equals("getDefault") || method.equals("of"))
                || qualifiedType.equals("java.util.UUID") && method.equals("randomUUID")
                || qualifiedType.equals("java.util.Collections") && method.equals("shuffle") && arguments != 2) {
            return Optional.of(RANDOM);
        }
        if (qualifiedType.equals("java.lang.Class") && method.equals("forName")) {
            return Optional.of(REFLECTION);
        }
        return type(qualifiedType);
    }

    /** The rule a call breaks by its name alone, or on a class literal ({@code onClass}). */
    static Optional<String> method(String method, boolean onClass) {
        if (REFLECTIVE_METHODS.contains(method) || onClass && CLASS_METHODS.contains(method)) {
            return Optional.of(REFLECTION);
        }
        if (onClass && (method.equals("getResource") || method.equals("getResourceAsStream"))) {
            return Optional.of(FILE);
        }
        return Optional.empty();
    }

    /** The rule {@code new T(…)} breaks; {@code arguments} is -1 when unknown ({@code T::new}). */
    static Optional<String> creation(String qualifiedType, int arguments) {
        boolean noSeed = arguments <= 0;
        if (noSeed && (qualifiedType.equals("java.util.Random") || qualifiedType.equals("java.util.SplittableRandom"))) {
            return Optional.of(RANDOM);
        }
        if (noSeed && qualifiedType.equals("java.util.Date")) {
            return Optional.of(CLOCK);
        }
        return Optional.empty();
    }

    /** The rule reading a static field breaks ({@code System.out}). */
    static Optional<String> field(String qualifiedType, String field) {
        if (qualifiedType.equals("java.lang.System") && (field.equals("out") || field.equals("err") || field.equals("in"))) {
            return Optional.of(CONSOLE);
        }
        return Optional.empty();
    }
}
