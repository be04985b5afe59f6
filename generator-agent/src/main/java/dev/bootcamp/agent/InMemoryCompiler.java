package dev.bootcamp.agent;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles sources held in memory against a class path, into class files held in memory; nothing touches the disk. */
public final class InMemoryCompiler {
    /**
     * One source file.
     *
     * @param name the file name javac checks the public class against, such as {@code SudokuBootcamp.java}
     * @param text the source
     */
    public record Source(String name, String text) {
        public Source {
            requireNonNull(name, "name is null");
            requireNonNull(text, "text is null");
        }
    }

    /**
     * What came out.
     *
     * @param classes binary class name to class file bytes
     * @param errors every error, in javac's order; empty when it compiled
     */
    public record Result(Map<String, byte[]> classes, List<CompileError> errors) {
        public Result {
            classes = Map.copyOf(classes);
            errors = List.copyOf(errors);
        }

        public boolean compiled() {
            return errors.isEmpty();
        }
    }

    private InMemoryCompiler() {}

    /** Compiles for Java 17 without annotation processing (registration is checked from the source instead). */
    public static Result compile(List<Source> sources, List<Path> classpath) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler in this runtime (" + System.getProperty("java.home")
                    + "); run bootcamp with a JDK, not a JRE");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, byte[]> classes = new ConcurrentHashMap<>();
        List<JavaFileObject> units = new ArrayList<>();
        Map<JavaFileObject, Source> bySource = new IdentityHashMap<>();
        for (Source source : sources) {
            JavaFileObject unit = new SourceObject(source);
            units.add(unit);
            bySource.put(unit, source);
        }
        List<String> options = List.of("--release", "17", "-proc:none", "-encoding", "UTF-8", "-g", "-Xlint:none", "-classpath",
                String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()));
        try (StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
                JavaFileManager memory = new MemoryFileManager(standard, classes)) {
            compiler.getTask(null, memory, diagnostics, options, null, units).call();
        } catch (IOException e) {
            throw new IllegalStateException("the in-memory file manager failed: " + e.getMessage(), e);
        }
        List<CompileError> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            Source source = diagnostic.getSource() == null ? null : bySource.get(diagnostic.getSource());
            int line = diagnostic.getLineNumber() == Diagnostic.NOPOS ? 0 : (int) diagnostic.getLineNumber();
            int column = diagnostic.getColumnNumber() == Diagnostic.NOPOS ? 0 : (int) diagnostic.getColumnNumber();
            String message = String.join("; ", diagnostic.getMessage(Locale.ROOT).lines().map(String::strip).filter(text -> !text.isEmpty()).toList());
            errors.add(new CompileError(source == null ? "(javac)" : source.name(), line, column, message, codeAt(source, line)));
        }
        return new Result(errors.isEmpty() ? new TreeMap<>(classes) : Map.of(), errors);
    }

    private static String codeAt(Source source, int line) {
        if (source == null || line < 1) {
            return "";
        }
        return source.text().lines().skip(line - 1L).findFirst().map(String::strip).orElse("");
    }

    private static final class SourceObject extends SimpleJavaFileObject {
        private final String text;

        SourceObject(Source source) {
            super(URI.create("memory:///" + source.name()), Kind.SOURCE);
            this.text = source.text();
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }

    private static final class ClassObject extends SimpleJavaFileObject {
        private final String className;
        private final Map<String, byte[]> classes;

        ClassObject(String className, Map<String, byte[]> classes) {
            super(URI.create("memory:///" + className.replace('.', '/') + ".class"), Kind.CLASS);
            this.className = className;
            this.classes = classes;
        }

        @Override
        public OutputStream openOutputStream() {
            return new ByteArrayOutputStream() {
                @Override
                public void close() {
                    classes.put(className, toByteArray());
                }
            };
        }
    }

    private static final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, byte[]> classes;

        MemoryFileManager(StandardJavaFileManager standard, Map<String, byte[]> classes) {
            super(standard);
            this.classes = classes;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
            return new ClassObject(className, classes);
        }
    }
}
