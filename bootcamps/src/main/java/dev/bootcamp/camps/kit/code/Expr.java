package dev.bootcamp.camps.kit.code;

import java.util.List;
import java.util.Objects;

/** An expression of the program language. */
public sealed interface Expr {
    /** A whole-number literal. */
    record Num(long value) implements Expr {}

    /** A truth-value literal. */
    record Bool(boolean value) implements Expr {}

    /** A text literal (letters, digits and spaces only, so no escaping rule differs between languages). */
    record Text(String value) implements Expr {
        public Text {
            Objects.requireNonNull(value, "value is null");
        }
    }

    /** A variable read. */
    record Var(String name) implements Expr {}

    /**
     * A binary operation: {@code + - * / %} (division and remainder as the {@link Language} defines them), the bit
     * operations {@code & | ^ << >>} (on non-negative values, shifts by 0 to 30), the
     * comparisons {@code < <= > >= == !=}, and the short-circuit {@code and}, {@code or}.
     */
    record Binary(String op, Expr left, Expr right) implements Expr {}

    /** Logical negation. */
    record Not(Expr operand) implements Expr {}

    /** Length of a list or text. */
    record Length(Expr target) implements Expr {}

    /** The element of a list at an index. */
    record Item(Expr list, Expr index) implements Expr {}

    /** A new list of the given elements. */
    record ListOf(List<Expr> items) implements Expr {
        public ListOf {
            items = List.copyOf(items);
        }
    }

    /** A shallow copy of a list. */
    record Copy(Expr list) implements Expr {}

    /** A whole number written as decimal text. */
    record ToText(Expr value) implements Expr {}

    /** A call of a program function. */
    record Call(String name, List<Expr> args) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    static Expr num(long value) {
        return new Num(value);
    }

    static Expr var(String name) {
        return new Var(name);
    }

    static Expr op(Expr left, String op, Expr right) {
        return new Binary(op, left, right);
    }
}
