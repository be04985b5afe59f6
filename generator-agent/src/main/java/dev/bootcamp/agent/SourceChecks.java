package dev.bootcamp.agent;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Names;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The static checks on a bootcamp's source, made with JavaParser before anything is compiled or run: it implements the
 * SPI and registers; it touches no file, network, process, reflection, clock, environment or console and draws no
 * randomness of its own (see {@link ForbiddenApis}); it holds no mutable static state ({@link StaticState}); it keeps
 * within the size limits and says TODO nowhere. Every finding names its line.
 */
public final class SourceChecks {
    public static final int MAX_FILE_LINES = 600;
    public static final int MAX_METHOD_LINES = 120;

    /**
     * What the checks found in one file.
     *
     * @param findings every problem, by line
     * @param packageName the declared package, or "" when none or unparsable
     * @param bootcampClass the simple name of the top-level class implementing {@code Bootcamp}, or null
     * @param classLine the line of that class's declaration, or 0
     */
    public record Result(List<Finding> findings, String packageName, String bootcampClass, int classLine) {
        public Result {
            findings = List.copyOf(findings);
        }
    }

    private final String file;
    private final Map<String, Finding> findings = new LinkedHashMap<>();

    private SourceChecks(String file) {
        this.file = file;
    }

    /**
     * Checks one file. {@code bootcampFile} is true for the file that holds the bootcamp class, false for a same-stem
     * helper ({@code SudokuSolver.java}), which is held to every rule but the ones about the SPI.
     */
    public static Result check(String file, String written, boolean bootcampFile) {
        SourceChecks checks = new SourceChecks(file);
        String source = UnicodeEscapes.decode(written);
        ParseResult<CompilationUnit> parsed = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)).parse(source);
        long lines = source.lines().count();
        if (lines > MAX_FILE_LINES) {
            checks.add(MAX_FILE_LINES + 1, "size", "the file is " + lines + " lines, over the limit of " + MAX_FILE_LINES
                    + "; move the solver or generator into a same-stem file (such as NameSolver.java)");
        }
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            Problem problem = parsed.getProblems().isEmpty() ? null : parsed.getProblems().get(0);
            int line = problem == null ? 0 : problem.getLocation().flatMap(range -> range.getBegin().getRange()).map(range -> range.begin.line).orElse(0);
            checks.add(line, "syntax", "the file does not parse: " + (problem == null ? "unknown problem" : Names.firstLine(problem.getMessage())));
            return new Result(checks.sorted(), "", null, 0);
        }
        CompilationUnit unit = parsed.getResult().get();
        NameScope scope = new NameScope(unit);
        checks.checkImports(unit);
        checks.checkTypes(unit, scope);
        checks.checkCalls(unit, scope);
        checks.checkSizes(unit);
        checks.checkUnfinished(unit);
        StaticState.check(unit, checks::add);
        String packageName = unit.getPackageDeclaration().map(declaration -> declaration.getNameAsString()).orElse("");
        Optional<ClassOrInterfaceDeclaration> bootcamp = bootcampClass(unit);
        if (bootcampFile) {
            checks.checkStructure(unit, packageName, bootcamp.orElse(null));
        }
        return new Result(checks.sorted(), packageName, bootcamp.map(type -> type.getNameAsString()).orElse(null),
                bootcamp.map(type -> line(type.getName())).orElse(0));
    }

    private void checkImports(CompilationUnit unit) {
        for (ImportDeclaration declaration : unit.getImports()) {
            String name = declaration.getNameAsString();
            Optional<String> rule;
            if (declaration.isStatic()) {
                int dot = name.lastIndexOf('.');
                String owner = declaration.isAsterisk() ? name : name.substring(0, dot);
                String member = declaration.isAsterisk() ? "" : name.substring(dot + 1);
                rule = ForbiddenApis.call(owner, member, -1).or(() -> ForbiddenApis.field(owner, member));
            } else {
                rule = declaration.isAsterisk() ? ForbiddenApis.wildcardPackage(name) : ForbiddenApis.type(name);
            }
            rule.ifPresent(found -> add(line(declaration), found, "imports " + name + (declaration.isAsterisk() ? ".*" : "")));
            checkOrigin(declaration, name);
        }
    }

    /** Imports from outside the JDK, the API, the verifiers, the kit and AutoService, and from other bootcamps. */
    private void checkOrigin(ImportDeclaration declaration, String name) {
        String camps = BootcampNaming.CAMPS_PACKAGE + ".";
        if (name.startsWith(camps) && !name.startsWith(camps + "kit.")) {
            String ownPackage = declaration.findCompilationUnit().flatMap(CompilationUnit::getPackageDeclaration)
                    .map(packageDeclaration -> packageDeclaration.getNameAsString()).orElse("");
            if (!name.startsWith(ownPackage + ".")) {
                add(line(declaration), "imports", "imports " + name + ": bootcamps do not import each other; shared helpers belong in"
                        + " dev.bootcamp.camps.kit");
            }
            return;
        }
        List<String> allowed = List.of("java.", "dev.bootcamp.api.", "dev.bootcamp.verify.", camps + "kit.", "com.google.auto.service.",
                "com.fasterxml.jackson.");
        if (allowed.stream().noneMatch(name::startsWith)) {
            add(line(declaration), "imports", "imports " + name + ": a bootcamp uses only the JDK, dev.bootcamp.api, dev.bootcamp.verify,"
                    + " dev.bootcamp.camps.kit and AutoService");
        }
    }

    private void checkTypes(CompilationUnit unit, NameScope scope) {
        for (ClassOrInterfaceType type : unit.findAll(ClassOrInterfaceType.class)) {
            if (type.getParentNode().filter(parent -> parent instanceof ClassOrInterfaceType).isPresent()) {
                continue; // the scope of a qualified name: checked with the whole name
            }
            String written = type.getNameWithScope();
            forbidden(scope.resolve(written), ForbiddenApis::type)
                    .ifPresent(rule -> add(line(type), rule, "uses " + written));
        }
        for (ObjectCreationExpr creation : unit.findAll(ObjectCreationExpr.class)) {
            String written = creation.getType().getNameWithScope();
            int arguments = creation.getArguments().size();
            forbidden(scope.resolve(written), qualified -> ForbiddenApis.creation(qualified, arguments))
                    .ifPresent(rule -> add(line(creation), rule, "new " + written + "(" + (arguments == 0 ? "" : "…") + ")"));
        }
    }

    private void checkCalls(CompilationUnit unit, NameScope scope) {
        for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
            String method = call.getNameAsString();
            int arguments = call.getArguments().size();
            Optional<Expression> receiver = call.getScope();
            Optional<String> rule = receiver.isEmpty()
                    ? forbidden(scope.staticOwners(method), owner -> ForbiddenApis.call(owner, method, arguments))
                    : typeName(receiver.get()).flatMap(written -> forbidden(scope.resolve(written),
                            owner -> ForbiddenApis.call(owner, method, arguments)));
            boolean onClass = receiver.filter(expression -> expression instanceof ClassExpr || expression instanceof MethodCallExpr inner
                    && inner.getNameAsString().equals("getClass")).isPresent();
            rule = rule.or(() -> ForbiddenApis.method(method, onClass));
            if (rule.isEmpty() && method.equals("printStackTrace")) {
                rule = Optional.of(ForbiddenApis.CONSOLE);
            }
            rule.ifPresent(found -> add(line(call), found, "calls " + receiver.map(expression -> expression + ".").orElse("") + method + "()"));
        }
        for (MethodReferenceExpr reference : unit.findAll(MethodReferenceExpr.class)) {
            String method = reference.getIdentifier();
            Optional<String> written = reference.getScope() instanceof TypeExpr type ? Optional.of(type.getType().asString())
                    : typeName(reference.getScope());
            written.flatMap(name -> forbidden(scope.resolve(name), owner -> method.equals("new") ? ForbiddenApis.creation(owner, -1)
                    : ForbiddenApis.call(owner, method, -1)))
                    .or(() -> ForbiddenApis.method(method, reference.getScope() instanceof ClassExpr))
                    .ifPresent(rule -> add(line(reference), rule, "refers to " + reference));
        }
        for (FieldAccessExpr access : unit.findAll(FieldAccessExpr.class)) {
            String field = access.getNameAsString();
            typeName(access.getScope()).flatMap(written -> forbidden(scope.resolve(written), owner -> ForbiddenApis.field(owner, field)
                    .or(() -> ForbiddenApis.type(owner))))
                    .ifPresent(rule -> add(line(access), rule, "uses " + access));
        }
        for (NameExpr name : unit.findAll(NameExpr.class)) {
            String member = name.getNameAsString();
            forbidden(scope.staticOwners(member), owner -> ForbiddenApis.field(owner, member))
                    .ifPresent(rule -> add(line(name), rule, "uses " + member));
        }
    }

    private void checkSizes(CompilationUnit unit) {
        for (CallableDeclaration<?> callable : unit.findAll(CallableDeclaration.class)) {
            int begin = line(callable.getName());
            int end = callable.getEnd().map(position -> position.line).orElse(begin);
            int length = end - begin + 1;
            if (length > MAX_METHOD_LINES) {
                String kind = callable instanceof ConstructorDeclaration ? "constructor" : "method";
                add(begin, "size", kind + " " + callable.getNameAsString() + " is " + length + " lines, over the limit of " + MAX_METHOD_LINES
                        + "; split it");
            }
        }
    }

    private void checkUnfinished(CompilationUnit unit) {
        for (StringLiteralExpr literal : unit.findAll(StringLiteralExpr.class)) {
            if (literal.getValue().contains("TODO")) {
                add(line(literal), "unfinished", "still says \"" + abbreviate(literal.getValue()) + "\"");
            }
        }
        for (TextBlockLiteralExpr literal : unit.findAll(TextBlockLiteralExpr.class)) {
            if (literal.getValue().contains("TODO")) {
                add(line(literal), "unfinished", "a text block still says TODO");
            }
        }
        for (Comment comment : unit.getAllComments()) {
            if (comment.getContent().contains("TODO")) {
                add(line(comment), "unfinished", "a comment still says \"" + abbreviate(todoLine(comment.getContent())) + "\"");
            }
        }
    }

    private void checkStructure(CompilationUnit unit, String packageName, ClassOrInterfaceDeclaration bootcamp) {
        int packageLine = unit.getPackageDeclaration().map(SourceChecks::line).orElse(1);
        String domain = BootcampNaming.domainOfPackage(packageName);
        if (domain == null || !BootcampInfo.DOMAINS.contains(domain)) {
            add(packageLine, "package", "package is '" + packageName + "', expected dev.bootcamp.camps.<domain> with a domain from "
                    + String.join(", ", new TreeSet<>(BootcampInfo.DOMAINS)));
        }
        if (bootcamp == null) {
            int typeLine = unit.getTypes().isEmpty() ? 1 : line(unit.getType(0));
            add(typeLine, "implements-bootcamp", "no top-level class implements Bootcamp<Puzzle, Answer> or extends Camp<Puzzle, Answer>");
            return;
        }
        int classLine = line(bootcamp.getName());
        String name = bootcamp.getNameAsString();
        if (!name.endsWith("Bootcamp") || name.equals("Bootcamp")) {
            add(classLine, "naming", "class " + name + " should be named <Name>Bootcamp; its id comes from the name");
        }
        if (!registered(bootcamp)) {
            add(classLine, "auto-service", "class " + name + " lacks @AutoService(Bootcamp.class), so the catalogue never finds it");
        }
        boolean hasPublicNoArgument = bootcamp.getConstructors().isEmpty() ? bootcamp.isPublic()
                : bootcamp.getConstructors().stream().anyMatch(constructor -> constructor.isPublic() && constructor.getParameters().isEmpty());
        if (!bootcamp.isPublic() || bootcamp.isAbstract() || !hasPublicNoArgument) {
            add(classLine, "constructor", "class " + name + " must be public, concrete and have a public no-argument constructor");
        }
        for (FieldDeclaration field : bootcamp.getFields()) {
            if (!field.isStatic() && !field.isFinal()) {
                for (VariableDeclarator variable : field.getVariables()) {
                    add(line(field), "mutable-state", "field '" + variable.getNameAsString() + "' is not final: a bootcamp is stateless"
                            + " (the contract makes fresh instances and expects identical cases)");
                }
            }
        }
    }

    private static boolean registered(ClassOrInterfaceDeclaration type) {
        for (AnnotationExpr annotation : type.getAnnotations()) {
            String name = annotation.getNameAsString();
            if ((name.equals("AutoService") || name.equals("com.google.auto.service.AutoService"))
                    && annotation.findAll(ClassExpr.class).stream().anyMatch(literal -> isBootcamp(literal.getType().asString()))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<ClassOrInterfaceDeclaration> bootcampClass(CompilationUnit unit) {
        return unit.getTypes().stream().filter(type -> type instanceof ClassOrInterfaceDeclaration declaration && !declaration.isInterface())
                .map(type -> (ClassOrInterfaceDeclaration) type)
                .filter(type -> type.getImplementedTypes().stream().anyMatch(implemented -> isBootcamp(implemented.getNameWithScope()))
                        || type.getExtendedTypes().stream().anyMatch(extended -> isCamp(extended.getNameWithScope())))
                .findFirst();
    }

    /** The kit's base class, which implements Bootcamp for its subclasses. */
    private static boolean isCamp(String name) {
        return name.equals("Camp") || name.equals(BootcampNaming.CAMPS_PACKAGE + ".kit.Camp");
    }

    private static boolean isBootcamp(String name) {
        return name.equals("Bootcamp") || name.equals("dev.bootcamp.api.Bootcamp");
    }

    /** The type an expression names when it is a (possibly qualified) name such as {@code System} or {@code java.lang.Math}. */
    private static Optional<String> typeName(Expression expression) {
        if (expression instanceof NameExpr name) {
            return Optional.of(name.getNameAsString());
        }
        if (expression instanceof FieldAccessExpr access) {
            return typeName(access.getScope()).map(scope -> scope + "." + access.getNameAsString());
        }
        if (expression instanceof TypeExpr type) {
            return Optional.of(type.getType().asString());
        }
        return Optional.empty();
    }

    private static Optional<String> forbidden(List<String> candidates, Function<String, Optional<String>> rule) {
        return candidates.stream().map(rule).flatMap(Optional::stream).findFirst();
    }

    void add(int line, String rule, String message) {
        String why = ForbiddenApis.why(rule);
        String text = why.isEmpty() ? message : message + ": " + why;
        findings.putIfAbsent(line + "|" + rule + "|" + message, new Finding(file, line, rule, text));
    }

    private List<Finding> sorted() {
        List<Finding> sorted = new ArrayList<>(findings.values());
        sorted.sort(Comparator.comparingInt(Finding::line).thenComparing(Finding::rule));
        return sorted;
    }

    static int line(Node node) {
        return node.getBegin().map(position -> position.line).orElse(0);
    }

    /** The first line of a comment that mentions TODO, without the comment's leading stars. */
    private static String todoLine(String content) {
        return content.lines().filter(line -> line.contains("TODO")).findFirst().orElse("TODO")
                .replaceFirst("^[\\s*]+", "").strip();
    }

    private static String abbreviate(String text) {
        String flat = text.replace('\n', ' ');
        return flat.length() <= 70 ? flat : flat.substring(0, 67) + "...";
    }
}
