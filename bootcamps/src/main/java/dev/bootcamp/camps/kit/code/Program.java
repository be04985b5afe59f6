package dev.bootcamp.camps.kit.code;

import java.util.List;
import java.util.Optional;

/** Functions and a main body, run from the first statement of the main body. */
public record Program(List<Function> functions, List<Stmt> main) {
    public Program {
        functions = List.copyOf(functions);
        main = List.copyOf(main);
    }

    /** A function parameter. */
    public record Param(Type type, String name) {}

    /** A function: name, typed parameters, the type it returns ({@link Type#VOID} for none) and its body. */
    public record Function(String name, List<Param> params, Type returns, List<Stmt> body) {
        public Function {
            params = List.copyOf(params);
            body = List.copyOf(body);
        }
    }

    /** The function named {@code name}, if the program has one. */
    public Optional<Function> function(String name) {
        return functions.stream().filter(function -> function.name().equals(name)).findFirst();
    }
}
