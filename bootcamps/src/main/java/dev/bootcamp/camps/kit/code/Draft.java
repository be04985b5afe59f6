package dev.bootcamp.camps.kit.code;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/** A drawn main-body program over whole-number variables, its run and its listing. */
public record Draft(Program program, Run run, Listing listing) {
    /** The most draws before the wish {@code accept} is dropped and any finished run is taken. */
    public static final int PATIENCE = 300;

    /**
     * Draws programs of {@code statements} statements nested {@code depth} deep over {@code variables} variables until
     * one finishes within {@code stepLimit} steps and {@code accept} holds for its run (after {@link #PATIENCE} draws,
     * any finished run is taken).
     */
    public static Draft draw(RandomGenerator random, Language language, Builder.Options options, int statements, int depth,
            int variables, int stepLimit, Predicate<Run> accept) {
        for (int attempt = 0; ; attempt++) {
            List<String> names = Builder.names(variables, random);
            Builder builder = new Builder(random, options, names);
            List<Stmt> main = new ArrayList<>(builder.declarations(-3, 9));
            main.addAll(builder.block(statements, depth));
            Program program = new Program(List.of(), main);
            Run run = Interpreter.run(program, language, stepLimit);
            if (run.finished() && (attempt >= PATIENCE || accept.test(run))) {
                return new Draft(program, run, Renderer.render(program, language));
            }
        }
    }
}
