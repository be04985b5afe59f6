package dev.bootcamp.agent;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.printer.DefaultPrettyPrinter;
import com.github.javaparser.printer.DefaultPrettyPrinterVisitor;
import com.github.javaparser.printer.configuration.DefaultConfigurationOption;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration;
import com.github.javaparser.printer.configuration.Indentation;
import com.github.javaparser.printer.configuration.PrinterConfiguration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Prints a syntax tree in the house layout, which JavaParser's printer cannot wrap by itself: a chain of three or more
 * calls (a builder) puts each call on its own line, long string literals are split into concatenated pieces, and a
 * record without a body is written {@code record Name(...) {}}. Continuation lines are indented by eight spaces.
 */
final class SourceLayout extends DefaultPrettyPrinterVisitor {
    private static final int LITERAL_PIECE = 90;

    private SourceLayout(PrinterConfiguration configuration) {
        super(configuration);
    }

    static String print(CompilationUnit unit) {
        DefaultPrinterConfiguration configuration = new DefaultPrinterConfiguration();
        configuration.addOption(new DefaultConfigurationOption(DefaultPrinterConfiguration.ConfigOption.INDENTATION,
                new Indentation(Indentation.IndentType.SPACES, 4)));
        return new DefaultPrettyPrinter(SourceLayout::new, configuration).print(unit);
    }

    @Override
    public void visit(MethodCallExpr call, Void argument) {
        List<MethodCallExpr> chain = chain(call);
        boolean outermost = call.getParentNode().filter(parent -> parent instanceof MethodCallExpr outer
                && outer.getScope().filter(scope -> scope == call).isPresent()).isEmpty();
        if (chain.size() < 3 || !outermost) {
            super.visit(call, argument);
            return;
        }
        printComment(call.getComment(), argument);
        MethodCallExpr first = chain.get(0);
        first.getScope().ifPresent(scope -> {
            scope.accept(this, argument);
            printer.print(".");
        });
        printCall(first, argument);
        printer.indent().indent();
        for (MethodCallExpr next : chain.subList(1, chain.size())) {
            printer.println();
            printer.print(".");
            printCall(next, argument);
        }
        printer.unindent().unindent();
    }

    @Override
    public void visit(StringLiteralExpr literal, Void argument) {
        String value = literal.getValue();
        if (value.length() <= LITERAL_PIECE) {
            super.visit(literal, argument);
            return;
        }
        printComment(literal.getComment(), argument);
        List<String> pieces = pieces(value);
        printer.print("\"" + pieces.get(0) + "\"");
        printer.indent().indent();
        for (String piece : pieces.subList(1, pieces.size())) {
            printer.println();
            printer.print("+ \"" + piece + "\"");
        }
        printer.unindent().unindent();
    }

    @Override
    public void visit(RecordDeclaration record, Void argument) {
        if (!record.getMembers().isEmpty() || !record.getImplementedTypes().isEmpty() || !record.getTypeParameters().isEmpty()
                || !record.getAnnotations().isEmpty()) {
            super.visit(record, argument);
            return;
        }
        printComment(record.getComment(), argument);
        printModifiers(record.getModifiers());
        printer.print("record " + record.getNameAsString() + "(");
        NodeList<?> parameters = record.getParameters();
        for (int i = 0; i < parameters.size(); i++) {
            printer.print(i == 0 ? "" : ", ");
            parameters.get(i).accept(this, argument);
        }
        printer.print(") {}");
    }

    private void printCall(MethodCallExpr call, Void argument) {
        printTypeArgs(call, argument);
        printer.print(call.getNameAsString());
        printArguments(call.getArguments(), argument);
    }

    /** The calls of a chain, innermost first: {@code a.b().c().d()} gives b, c, d. */
    private static List<MethodCallExpr> chain(MethodCallExpr call) {
        List<MethodCallExpr> chain = new ArrayList<>();
        MethodCallExpr current = call;
        while (true) {
            chain.add(current);
            Expression scope = current.getScope().orElse(null);
            if (!(scope instanceof MethodCallExpr inner)) {
                break;
            }
            current = inner;
        }
        Collections.reverse(chain);
        return chain;
    }

    /** Splits an escaped literal before spaces into pieces of about {@link #LITERAL_PIECE} characters. */
    private static List<String> pieces(String value) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (value.length() - start > LITERAL_PIECE) {
            int cut = value.lastIndexOf(' ', start + LITERAL_PIECE);
            if (cut <= start) {
                cut = value.indexOf(' ', start + LITERAL_PIECE);
                if (cut < 0) {
                    break;
                }
            }
            pieces.add(value.substring(start, cut));
            start = cut;
        }
        pieces.add(value.substring(start));
        return pieces;
    }
}
