package dev.bootcamp.agent;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a bootcamp may name: an allow list of types and packages ({@link #allowed}), with named rules for the well-known
 * dangers so a finding says why. This is a lint that keeps honest mistakes out of the catalogue; the boundary against
 * hostile code is the sandbox the contract runs in (docs/SECURITY.md).
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
    static final String API = "api";

    /** Rules whose findings keep candidate code from running at all: it would touch the machine it runs on. */
    static final Set<String> UNSAFE = Set.of(FILE, NETWORK, PROCESS, REFLECTION, ENVIRONMENT, API);

    private static final Map<String, String> WHY = Map.of(
            FILE, "a bootcamp reads and writes no files; keep data in code (List.of, records) or in the puzzle",
            NETWORK, "a bootcamp uses no network",
            PROCESS, "a bootcamp starts and inspects no processes",
            REFLECTION, "a bootcamp uses no reflection or class loading; call code directly",
            CLOCK, "a case must not depend on when it is made; no clock",
            RANDOM, "draw randomness only from the RandomGenerator given to generate (the Draw helpers take it)",
            ENVIRONMENT, "a bootcamp neither reads nor changes the JVM's environment (exit, properties, variables, identity hashes)",
            CONSOLE, "a bootcamp prints nothing; say why in a Score detail or an exception message",
            API, "a bootcamp uses only java.lang basics (String, Math, boxes, StringBuilder, exceptions), java.util with its"
                    + " function, stream, random and regex packages, java.math, java.text, java.time values and dev.bootcamp.*");

    /** The java.lang types a bootcamp may name; System only for arraycopy and lineSeparator. */
    private static final Set<String> JAVA_LANG = Set.of("Object", "String", "StringBuilder", "StringBuffer", "CharSequence", "Math",
            "StrictMath", "Number", "Integer", "Long", "Short", "Byte", "Character", "Boolean", "Double", "Float", "Void", "Iterable",
            "Comparable", "Record", "Enum", "Runnable", "AutoCloseable", "Cloneable", "Appendable", "Override", "Deprecated",
            "SuppressWarnings", "FunctionalInterface", "SafeVarargs", "System", "Throwable", "Exception", "RuntimeException", "Error",
            "AssertionError", "StackOverflowError", "IllegalArgumentException", "IllegalStateException", "ArithmeticException",
            "IndexOutOfBoundsException", "ArrayIndexOutOfBoundsException", "StringIndexOutOfBoundsException", "NullPointerException",
            "NumberFormatException", "UnsupportedOperationException", "ClassCastException", "NegativeArraySizeException",
            "ArrayStoreException", "CloneNotSupportedException", "InterruptedException");
    /** Packages whose types a bootcamp may name (exactly these packages, not their subpackages). */
    private static final Set<String> PACKAGES = Set.of("java.util", "java.util.function", "java.util.stream", "java.util.random",
            "java.util.regex", "java.math", "java.text", "java.time", "java.time.format", "java.time.temporal", "java.time.chrono");
    /** Package prefixes whose types a bootcamp may name, subpackages included. */
    private static final List<String> PACKAGE_PREFIXES = List.of("dev.bootcamp.", "com.google.auto.service",
            "com.fasterxml.jackson.annotation");
    private static final Set<String> SINGLE_TYPES = Set.of("java.nio.charset.StandardCharsets", "java.nio.charset.Charset");
    /** Types of allowed packages that are not allowed: they load services, start threads or store preferences. */
    private static final Set<String> EXCLUDED = Set.of("java.util.ServiceLoader", "java.util.Timer", "java.util.TimerTask");
    private static final Set<String> SYSTEM_ALLOWED = Set.of("arraycopy", "lineSeparator");

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

    /**
     * The rule a type (fully qualified) breaks by being used at all: a named rule for the well-known dangers, otherwise
     * {@link #API} for any existing type outside the allow list. A dotted name with no capitalised segment is no type
     * ({@code puzzle.cells}), and a name that names no class is left to the compiler.
     */
    static Optional<String> type(String qualified) {
        String rule = TYPES.get(qualified);
        if (rule != null) {
            return Optional.of(rule);
        }
        Optional<String> prefixed = TYPE_PREFIXES.stream().filter(prefix -> qualified.startsWith(prefix.prefix())).map(Prefix::rule).findFirst();
        if (prefixed.isPresent()) {
            return prefixed;
        }
        String topLevel = topLevelType(qualified);
        if (topLevel == null || allowed(topLevel) || !exists(topLevel)) {
            return Optional.empty();
        }
        return Optional.of(API);
    }

    /** Whether a top-level type (fully qualified) is on the allow list. */
    static boolean allowed(String topLevel) {
        if (EXCLUDED.contains(topLevel) || SINGLE_TYPES.contains(topLevel)) {
            return SINGLE_TYPES.contains(topLevel);
        }
        int dot = topLevel.lastIndexOf('.');
        String packageName = dot < 0 ? "" : topLevel.substring(0, dot);
        if (packageName.equals("java.lang")) {
            return JAVA_LANG.contains(topLevel.substring(dot + 1));
        }
        return PACKAGES.contains(packageName) || PACKAGE_PREFIXES.stream().anyMatch(prefix -> packageName.equals(prefix)
                || packageName.startsWith(prefix.endsWith(".") ? prefix : prefix + "."));
    }

    /** The package and first capitalised segment of a dotted name ({@code java.util.Map} of {@code java.util.Map.Entry}), or null. */
    private static String topLevelType(String qualified) {
        String[] segments = qualified.split("\\.");
        StringBuilder name = new StringBuilder();
        for (String segment : segments) {
            if (segment.isEmpty()) {
                return null;
            }
            name.append(name.length() == 0 ? "" : ".").append(segment);
            if (Character.isUpperCase(segment.charAt(0))) {
                return segments.length == 1 ? null : name.toString();
            }
        }
        return null;
    }

    /** Whether a class of this name is on the compiler's class path; loading it runs none of its code. */
    private static boolean exists(String topLevel) {
        try {
            Class.forName(topLevel, false, ForbiddenApis.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The rule a whole package breaks when imported with {@code .*}. */
    static Optional<String> wildcardPackage(String packageName) {
        Optional<String> named = TYPE_PREFIXES.stream().filter(prefix -> (packageName + ".").startsWith(prefix.prefix())).map(Prefix::rule).findFirst();
        if (named.isPresent() || allowed(packageName + ".Any")) {
            return named;
        }
        return Optional.of(API);
    }

    /** The rule a static method call breaks; {@code arguments} is -1 when unknown (a method reference). */
    static Optional<String> call(String qualifiedType, String method, int arguments) {
        if (qualifiedType.equals("java.lang.System")) {
            return SYSTEM_ALLOWED.contains(method) ? Optional.empty() : Optional.of(SYSTEM_METHODS.getOrDefault(method, ENVIRONMENT));
        }
        if (qualifiedType.equals("java.lang.Integer") && method.equals("getInteger") || qualifiedType.equals("java.lang.Long")
                && method.equals("getLong") || qualifiedType.equals("java.lang.Boolean") && method.equals("getBoolean")) {
            return Optional.of(ENVIRONMENT);
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
        return type(qualifiedType);
    }

    /** The rule reading a static field breaks ({@code System.out}). */
    static Optional<String> field(String qualifiedType, String field) {
        if (qualifiedType.equals("java.lang.System") && (field.equals("out") || field.equals("err") || field.equals("in"))) {
            return Optional.of(CONSOLE);
        }
        return Optional.empty();
    }
}
