package dev.bootcamp.camps.kit.code;

import java.util.ArrayList;
import java.util.List;

/** Statements of a program in source order, nested bodies included. */
public final class Walk {
    private Walk() {}

    /** Every statement of the functions (in order) and then of the main body, each before the statements it contains. */
    public static List<Stmt> all(Program program) {
        List<Stmt> statements = new ArrayList<>();
        for (Program.Function function : program.functions()) {
            collect(function.body(), statements);
        }
        collect(program.main(), statements);
        return statements;
    }

    /** True for a statement that holds no other statement and is not a declaration: an assignment, a print, a list update. */
    public static boolean simple(Stmt statement) {
        return statement instanceof Stmt.Assign || statement instanceof Stmt.Print || statement instanceof Stmt.SetItem
                || statement instanceof Stmt.Append || statement instanceof Stmt.Run;
    }

    private static void collect(List<Stmt> block, List<Stmt> into) {
        for (Stmt statement : block) {
            into.add(statement);
            if (statement instanceof Stmt.If branch) {
                collect(branch.then(), into);
                collect(branch.otherwise(), into);
            } else if (statement instanceof Stmt.While loop) {
                collect(loop.body(), into);
            } else if (statement instanceof Stmt.For loop) {
                collect(loop.body(), into);
            }
        }
    }
}
