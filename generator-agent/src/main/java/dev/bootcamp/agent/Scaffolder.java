package dev.bootcamp.agent;

import static java.util.Objects.requireNonNull;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import dev.bootcamp.core.Catalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * {@code bootcamp new}: the skeleton of a bootcamp on the kit ({@code Camp}, a typed knob, an answer codec), built as a syntax
 * tree. It compiles and registers, and every part still to be written throws {@code UnsupportedOperationException("TODO: …")}, so {@code bootcamp validate} fails on
 * each of them by name until it is written.
 */
public final class Scaffolder {
    private static final List<String> IMPORTS = List.of("com.google.auto.service.AutoService", "dev.bootcamp.api.Bootcamp",
            "dev.bootcamp.api.BootcampInfo", "dev.bootcamp.api.Knob", "dev.bootcamp.api.Knobs", "dev.bootcamp.api.Score",
            "dev.bootcamp.camps.kit.Camp", "dev.bootcamp.camps.kit.Codecs", "dev.bootcamp.camps.kit.Draw", "java.util.List",
            "java.util.random.RandomGenerator");

    private final Catalog catalog;

    /**
     * What was written.
     *
     * @param id the bootcamp id
     * @param className the fully qualified class name
     * @param file where the source went
     */
    public record Skeleton(String id, String className, Path file) {}

    public Scaffolder(Catalog catalog) {
        this.catalog = requireNonNull(catalog, "catalog is null");
    }

    /** Checks the id and the domain, then writes the skeleton under {@code sourceRoot}; never overwrites a file. */
    public Skeleton create(String id, String domain, Path sourceRoot) throws IOException {
        BootcampNaming.checkNewId(id, catalog);
        BootcampNaming.checkDomain(domain);
        String simpleName = BootcampNaming.classNameOf(id);
        String packageName = BootcampNaming.packageOf(domain);
        Path file = sourceRoot.resolve(packageName.replace('.', '/')).resolve(simpleName + ".java");
        if (Files.exists(file)) {
            throw new AgentException(file + " exists; remove it or choose another id");
        }
        String source = print(skeleton(id, domain));
        Files.createDirectories(file.getParent());
        Files.writeString(file, source, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return new Skeleton(id, packageName + "." + simpleName, file);
    }

    /** The skeleton's compilation unit. */
    public static CompilationUnit skeleton(String id, String domain) {
        String simpleName = BootcampNaming.classNameOf(id);
        CompilationUnit unit = new CompilationUnit(BootcampNaming.packageOf(domain));
        IMPORTS.forEach(unit::addImport);
        ClassOrInterfaceDeclaration type = unit.addClass(simpleName, Modifier.Keyword.PUBLIC, Modifier.Keyword.FINAL);
        type.setJavadocComment("TODO: one line saying what the task is.");
        type.addSingleMemberAnnotation("AutoService", new ClassExpr(named("Bootcamp")));
        type.addExtendedType(new ClassOrInterfaceType(null, new SimpleName("Camp"),
                NodeList.nodeList(nested(simpleName, "Puzzle"), nested(simpleName, "Answer"))));
        type.addFieldWithInitializer(new ClassOrInterfaceType(null, new SimpleName("Knob"), NodeList.nodeList(named("Integer"))), "SIZE",
                call(new NameExpr("Knob"), "integer", text("size"), number(1), number(100), number(5), text("TODO: what this knob controls")),
                Modifier.Keyword.PRIVATE, Modifier.Keyword.STATIC, Modifier.Keyword.FINAL);
        type.addFieldWithInitializer(named("BootcampInfo"), "INFO", info(simpleName, domain),
                Modifier.Keyword.PRIVATE, Modifier.Keyword.STATIC, Modifier.Keyword.FINAL);
        type.addMember(record("Puzzle", "TODO: everything the question and the checker need; the model never sees this record.",
                PrimitiveType.intType(), "size"));
        type.addMember(record("Answer", "TODO: the answer, as parse reads it and render writes it.", PrimitiveType.intType(), "value"));
        addMembers(type);
        return unit;
    }

    private static void addMembers(ClassOrInterfaceDeclaration type) {
        ExplicitConstructorInvocationStmt codec = new ExplicitConstructorInvocationStmt(false, null, NodeList.nodeList(new NameExpr("INFO"),
                call(call(new NameExpr("Codecs"), "integer"), "map", new MethodReferenceExpr(new TypeExpr(named("Answer")), null, "new"),
                        new MethodReferenceExpr(new TypeExpr(named("Answer")), null, "value"))));
        codec.setLineComment(" TODO: the answer codec (kit Codecs): how render writes the answer and parse reads it back");
        type.addConstructor(Modifier.Keyword.PUBLIC).setBody(block(codec));
        ReturnStmt level = new ReturnStmt(call(call(new NameExpr("INFO"), "defaults"), "with", new NameExpr("SIZE"),
                call(new NameExpr("Draw"), "scale", new NameExpr("level"), number(2), number(20))));
        level.setLineComment(" TODO: every knob from the level, each numeric one monotone: 1 trivial, 10 hard for a frontier model");
        method(type, "atLevel", named("Knobs")).addParameter(PrimitiveType.intType(), "level").setBody(block(level));
        method(type, "generate", named("Puzzle")).addParameter(named("Knobs"), "knobs").addParameter(named("RandomGenerator"), "random")
                .setBody(todo("generate a puzzle from the knobs, drawing randomness only from random; never throw for valid knobs"));
        method(type, "question", named("String")).addParameter(named("Puzzle"), "puzzle")
                .setBody(todo("state the rules, the instance and the exact shape of the answer, never the answer"));
        method(type, "solve", named("Answer")).addParameter(named("Puzzle"), "puzzle")
                .setBody(todo("compute the reference answer"));
        method(type, "check", named("Score")).addParameter(named("Puzzle"), "puzzle").addParameter(named("Answer"), "answer")
                .setBody(todo("check the answer against the rules; Score.correct, Score.partial or Score.wrong with a one-line reason"));
        method(type, "nearMisses", new ClassOrInterfaceType(null, new SimpleName("List"),
                NodeList.nodeList(named("Answer"))))
                .addParameter(named("Puzzle"), "puzzle").addParameter(named("Answer"), "gold").addParameter(named("RandomGenerator"), "random")
                .setBody(todo("plausible wrong answers (off by one, one part changed), each of which must score below 1"));
        method(type, "cost", PrimitiveType.doubleType()).addParameter(named("Puzzle"), "puzzle")
                .setBody(todo("a measure of hardness (instance size, solver steps) whose mean rises with the level,"
                        + " or delete this method to use the question's length"));
        method(type, "countSolutions", PrimitiveType.longType()).addParameter(named("Puzzle"), "puzzle")
                .addParameter(PrimitiveType.longType(), "limit")
                .setBody(todo("count solutions up to limit with a solver independent of the generator, or delete this method"
                        + " when puzzles do not claim a unique solution"));
    }

    /** Prints a compilation unit in the house layout (see {@link SourceLayout}). */
    public static String print(CompilationUnit unit) {
        return SourceLayout.print(unit);
    }

    private static Expression info(String simpleName, String domain) {
        Expression builder = call(new NameExpr("BootcampInfo"), "builder", new ClassExpr(named(simpleName)));
        builder = call(builder, "title", text("TODO: a short title"));
        builder = call(builder, "domain", text(domain));
        builder = call(builder, "summary", text("TODO: one paragraph: the task, how answers are checked, what partial credit means if any"));
        builder = call(builder, "knob", new NameExpr("SIZE"));
        builder = call(builder, "answerShape", text("TODO: the shape of the answer in words, such as 'one integer'"));
        return call(builder, "build");
    }

    private static RecordDeclaration record(String name, String javadoc, Type componentType, String component) {
        RecordDeclaration record = new RecordDeclaration(new NodeList<>(Modifier.publicModifier()), name);
        record.addParameter(componentType, component);
        record.setJavadocComment(javadoc);
        return record;
    }

    private static MethodDeclaration method(ClassOrInterfaceDeclaration type, String name, Type returnType) {
        MethodDeclaration method = type.addMethod(name, Modifier.Keyword.PUBLIC);
        method.addMarkerAnnotation("Override");
        method.setType(returnType);
        return method;
    }

    private static BlockStmt todo(String message) {
        return block(new ThrowStmt(new ObjectCreationExpr(null, named("UnsupportedOperationException"), NodeList.nodeList(text("TODO: " + message)))));
    }

    private static BlockStmt block(Statement statement) {
        return new BlockStmt(NodeList.nodeList(statement));
    }

    private static MethodCallExpr call(Expression scope, String name, Expression... arguments) {
        return new MethodCallExpr(scope, name, NodeList.nodeList(arguments));
    }

    private static ClassOrInterfaceType named(String name) {
        return new ClassOrInterfaceType(null, name);
    }

    private static ClassOrInterfaceType nested(String outer, String name) {
        return new ClassOrInterfaceType(named(outer), name);
    }

    private static StringLiteralExpr text(String value) {
        return new StringLiteralExpr(value);
    }

    private static IntegerLiteralExpr number(int value) {
        return new IntegerLiteralExpr(String.valueOf(value));
    }
}
