package dev.bootcamp.camps.kit.code;

import java.util.List;

/** A statement of the program language. Each statement is one source line (a block adds its closing line in braces languages). */
public sealed interface Stmt {
    /** Declaration of a new variable with its first value. */
    record Let(Type type, String name, Expr value) implements Stmt {}

    /** Assignment to a declared variable. */
    record Assign(String name, Expr value) implements Stmt {}

    /** {@code list[index] = value}. */
    record SetItem(String list, Expr index, Expr value) implements Stmt {}

    /** Appends a value to the end of a list. */
    record Append(String list, Expr value) implements Stmt {}

    /** A two-way branch; {@code otherwise} may be empty. */
    record If(Expr condition, List<Stmt> then, List<Stmt> otherwise) implements Stmt {
        public If {
            then = List.copyOf(then);
            otherwise = List.copyOf(otherwise);
        }
    }

    /** A loop that tests its condition before each round. */
    record While(Expr condition, List<Stmt> body) implements Stmt {
        public While {
            body = List.copyOf(body);
        }
    }

    /** {@code for variable from start up to end - 1, step 1}; both ends are evaluated once, before the first round. */
    record For(String variable, Expr start, Expr end, List<Stmt> body) implements Stmt {
        public For {
            body = List.copyOf(body);
        }
    }

    /** Returns from the current function (with no value when {@code value} is null). */
    record Return(Expr value) implements Stmt {}

    /** Prints a whole number or a text on its own line. */
    record Print(Expr value) implements Stmt {}

    /** Calls a function for its effects, dropping its result. */
    record Run(Expr.Call call) implements Stmt {}
}
