package dev.bootcamp.agent;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.Type;
import java.util.Optional;
import java.util.Set;

/**
 * No mutable static state: every static field is final and holds something that cannot change (primitives, strings,
 * records, enums, {@code List.of}/{@code Map.of}/{@code Set.of} and {@code copyOf} results, a {@code BootcampInfo}).
 * Arrays and collections made with {@code new} are flagged even when the field is final, because their contents can
 * still change between cases; the one exception is a private array only ever read by index in its own file.
 */
final class StaticState {
    /** The mutable types a static field most often holds by mistake. */
    private static final Set<String> MUTABLE = Set.of("ArrayList", "LinkedList", "HashMap", "LinkedHashMap", "TreeMap", "HashSet",
            "LinkedHashSet", "TreeSet", "ArrayDeque", "PriorityQueue", "Stack", "Vector", "Hashtable", "IdentityHashMap", "WeakHashMap",
            "EnumMap", "EnumSet", "BitSet", "ConcurrentHashMap", "ConcurrentSkipListMap", "ConcurrentSkipListSet", "ConcurrentLinkedQueue",
            "CopyOnWriteArrayList", "CopyOnWriteArraySet", "StringBuilder", "StringBuffer", "AtomicInteger", "AtomicLong", "AtomicBoolean",
            "AtomicReference", "AtomicIntegerArray", "AtomicLongArray", "LongAdder", "Random", "SplittableRandom", "Date", "Calendar");

    private static final Set<String> MUTABLE_COLLECTORS = Set.of("toList", "toSet", "toMap", "toCollection", "groupingBy", "partitioningBy");

    /** Receives one finding. */
    interface Sink {
        void add(int line, String rule, String message);
    }

    private StaticState() {}

    static void check(CompilationUnit unit, Sink sink) {
        for (FieldDeclaration field : unit.findAll(FieldDeclaration.class)) {
            boolean inInterface = field.getParentNode().filter(parent -> parent instanceof ClassOrInterfaceDeclaration type && type.isInterface())
                    .isPresent();
            if (!field.isStatic() && !inInterface) {
                continue;
            }
            for (VariableDeclarator variable : field.getVariables()) {
                if (readOnlyTable(unit, field, variable)) {
                    continue;
                }
                problem(field, variable, inInterface).ifPresent(problem -> sink.add(SourceChecks.line(variable), "mutable-static",
                        "static field '" + variable.getNameAsString() + "' " + problem));
            }
        }
    }

    /**
     * A private static final array used only to read elements ({@code TABLE[i]}, {@code TABLE.length}) is a constant
     * table in practice: nothing can write to it, because it never leaves the file and no element is assigned.
     */
    private static boolean readOnlyTable(CompilationUnit unit, FieldDeclaration field, VariableDeclarator variable) {
        if (!field.isPrivate() || !field.isFinal() || !variable.getType().isArrayType()) {
            return false;
        }
        String name = variable.getNameAsString();
        for (NameExpr use : unit.findAll(NameExpr.class, expression -> expression.getNameAsString().equals(name))) {
            Optional<Node> parent = use.getParentNode();
            boolean read = parent.filter(node -> node instanceof ArrayAccessExpr access && access.getName() == use
                    && !(access.getParentNode().orElse(null) instanceof AssignExpr assign && assign.getTarget() == access)
                    && !(access.getParentNode().orElse(null) instanceof UnaryExpr)).isPresent()
                    || parent.filter(node -> node instanceof FieldAccessExpr access && access.getNameAsString().equals("length")).isPresent();
            if (!read) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> problem(FieldDeclaration field, VariableDeclarator variable, boolean inInterface) {
        if (!field.isFinal() && !inInterface) {
            return Optional.of("is not final: a bootcamp holds no mutable state; make it a final constant or a local variable");
        }
        Type type = variable.getType();
        if (type.isArrayType()) {
            return Optional.of("is an array, whose elements can still change; use List.of(...)");
        }
        Optional<Expression> initializer = variable.getInitializer();
        if (initializer.isPresent()) {
            Optional<String> made = mutableValue(initializer.get());
            if (made.isPresent()) {
                return made;
            }
        }
        String typeName = type.isClassOrInterfaceType() ? type.asClassOrInterfaceType().getNameAsString() : "";
        if (MUTABLE.contains(typeName)) {
            return Optional.of("is a " + typeName + ", which can change; hold an immutable value (List.of, Map.of, a record)");
        }
        return Optional.empty();
    }

    private static Optional<String> mutableValue(Expression value) {
        if (value instanceof ArrayCreationExpr || value instanceof ArrayInitializerExpr) {
            return Optional.of("holds an array, whose elements can still change; use List.of(...)");
        }
        if (value instanceof ObjectCreationExpr creation && MUTABLE.contains(creation.getType().getNameAsString())) {
            return Optional.of("holds a new " + creation.getType().getNameAsString() + ", which can change; use List.of, Map.of, Set.of"
                    + " or their copyOf forms");
        }
        if (value instanceof MethodCallExpr call) {
            String scope = call.getScope().map(Expression::toString).orElse("");
            String name = call.getNameAsString();
            if (name.equals("copyOf") || name.startsWith("unmodifiable")) {
                return Optional.empty();
            }
            if (scope.equals("Arrays") && name.equals("asList") || scope.equals("EnumSet")
                    || scope.equals("Collections") && name.startsWith("synchronized")) {
                return Optional.of("holds the result of " + scope + "." + name + ", which can change; use List.of, Set.of or copyOf");
            }
            boolean collected = call.findAll(MethodCallExpr.class).stream().anyMatch(inner -> MUTABLE_COLLECTORS.contains(inner.getNameAsString())
                    && inner.getScope().filter(innerScope -> innerScope instanceof NameExpr named && named.getNameAsString().equals("Collectors"))
                            .isPresent());
            if (collected) {
                return Optional.of("holds a collection made by Collectors, which can change; end the stream with toList() or wrap it in copyOf");
            }
        }
        return Optional.empty();
    }
}
