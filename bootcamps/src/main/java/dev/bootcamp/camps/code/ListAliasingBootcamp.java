package dev.bootcamp.camps.code;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Items;
import dev.bootcamp.camps.kit.code.CodeAnswers;
import dev.bootcamp.camps.kit.code.Expr;
import dev.bootcamp.camps.kit.code.Interpreter;
import dev.bootcamp.camps.kit.code.Language;
import dev.bootcamp.camps.kit.code.Program;
import dev.bootcamp.camps.kit.code.Renderer;
import dev.bootcamp.camps.kit.code.Run;
import dev.bootcamp.camps.kit.code.Stmt;
import dev.bootcamp.camps.kit.code.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Aliasing and mutation: lists shared by two names or copied, changed in place or through a function; what prints. */
@AutoService(Bootcamp.class)
public final class ListAliasingBootcamp extends Camp<ListAliasingBootcamp.Puzzle, ListAliasingBootcamp.Answer> {
    private static final Knob<Integer> OPERATIONS = Knob.integer("operations", 2, 30, 8, "list operations after the declarations");
    private static final Knob<Integer> LISTS = Knob.integer("lists", 2, 4, 3, "list variables");
    private static final Knob<Boolean> CALLS = Knob.flag("calls", true, "change lists through a function too");
    private static final Knob<String> LANGUAGE = CodeAnswers.languageKnob("mixed");
    private static final int STEP_LIMIT = 5_000;
    private static final List<String> NAMES = List.of("xs", "ys", "zs", "ws");
    private static final BootcampInfo INFO = BootcampInfo.builder(ListAliasingBootcamp.class)
            .title("List aliasing and mutation")
            .domain("code")
            .tags("code", "aliasing", "mutation", "references")
            .summary("A generated program declares lists, some as second names for one list and some as copies, then changes"
                    + " elements, appends, rebinds names to new lists and (at higher levels) changes lists through a function"
                    + " parameter, printing elements and lengths. Shown in Python, JavaScript (names share a list) or C++"
                    + " (assignment copies a vector, a reference parameter does not), with the rule stated. Give the printed"
                    + " lines. CORRECT only when all are right.")
            .knob(OPERATIONS).knob(LISTS).knob(CALLS).knob(LANGUAGE)
            .version(1)
            .answerShape("the printed numbers in order, one per line")
            .build();

    /** The language, the source, the output (never shown) and the steps. */
    public record Puzzle(String language, String source, List<String> output, int steps) {
        public Puzzle {
            output = List.copyOf(output);
        }
    }

    /** The printed lines. */
    public record Answer(List<String> lines) {
        public Answer {
            lines = List.copyOf(lines);
        }
    }

    public ListAliasingBootcamp() {
        super(INFO, CodeAnswers.lines().map(Answer::new, Answer::lines));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(OPERATIONS, Draw.scale(level, 3, 24))
                .with(LISTS, Draw.scale(level, 2, 4))
                .with(CALLS, level >= 4);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        Language language = CodeAnswers.language(knobs.get(LANGUAGE), random);
        for (int attempt = 0; ; attempt++) {
            Program program = program(knobs.get(OPERATIONS), knobs.get(LISTS), knobs.get(CALLS), random);
            Run run = Interpreter.run(program, language, STEP_LIMIT);
            if (run.finished() && run.output().size() >= 2 || attempt > 100 && run.finished() && !run.output().isEmpty()) {
                return new Puzzle(language.name(), Renderer.render(program, language).text(), run.output(), run.steps());
            }
        }
    }

    private static Program program(int operations, int lists, boolean calls, RandomGenerator random) {
        int length = Draw.between(3, 5, random);
        List<String> names = NAMES.subList(0, lists);
        List<Stmt> main = new ArrayList<>();
        main.add(new Stmt.Let(Type.LIST, names.get(0), fresh(length, random)));
        for (int i = 1; i < lists; i++) {
            Expr source = new Expr.Var(names.get(random.nextInt(i)));
            main.add(new Stmt.Let(Type.LIST, names.get(i), random.nextInt(3) == 0 ? new Expr.Copy(source) : source));
        }
        Set<String> printed = new HashSet<>();
        for (int i = 0; i < operations; i++) {
            String name = Draw.pick(names, random);
            int kind = random.nextInt(calls ? 9 : 8);
            Expr index = new Expr.Num(random.nextInt(length));
            Expr value = new Expr.Num(Draw.between(1, 30, random));
            switch (kind) {
                case 0, 1 -> main.add(new Stmt.SetItem(name, index, value));
                case 2 -> main.add(new Stmt.Append(name, value));
                case 3 -> main.add(new Stmt.Assign(name, random.nextBoolean() ? fresh(length, random)
                        : random.nextBoolean() ? new Expr.Copy(new Expr.Var(Draw.pick(names, random))) : new Expr.Var(Draw.pick(names, random))));
                case 4, 5 -> {
                    main.add(new Stmt.Print(new Expr.Item(new Expr.Var(name), index)));
                    printed.add(name);
                }
                case 6 -> main.add(new Stmt.Print(new Expr.Length(new Expr.Var(name))));
                case 7 -> main.add(new Stmt.SetItem(name, index, Expr.op(new Expr.Item(new Expr.Var(Draw.pick(names, random)), index), "+", value)));
                default -> main.add(new Stmt.Run(new Expr.Call("bump", List.of(new Expr.Var(name), index, value))));
            }
        }
        for (String name : names) {
            if (!printed.contains(name) || random.nextBoolean()) {
                main.add(new Stmt.Print(new Expr.Item(new Expr.Var(name), new Expr.Num(random.nextInt(length)))));
            }
        }
        List<Program.Function> functions = new ArrayList<>();
        if (calls) {
            Expr list = Expr.var("lst");
            functions.add(new Program.Function("bump", List.of(new Program.Param(Type.LIST, "lst"), new Program.Param(Type.INT, "i"),
                    new Program.Param(Type.INT, "v")), Type.VOID, List.of(new Stmt.SetItem("lst", Expr.var("i"),
                    Expr.op(new Expr.Item(list, Expr.var("i")), "+", Expr.var("v"))), new Stmt.Append("lst", Expr.var("v")))));
        }
        return new Program(functions, main);
    }

    private static Expr fresh(int length, RandomGenerator random) {
        List<Expr> items = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            items.add(new Expr.Num(Draw.between(0, 9, random)));
        }
        return new Expr.ListOf(items);
    }

    @Override
    public String question(Puzzle puzzle) {
        Language language = CodeAnswers.language(puzzle.language());
        String sharing = switch (language) {
            case PYTHON -> "In Python a list is an object: 'ys = xs' makes ys a second name for the very same list, so a change"
                    + " made through either name is seen through both, while list(xs) builds a new, independent copy. Assigning"
                    + " a new list to a name re-points only that name. A function parameter names the caller's list itself.";
            case JAVASCRIPT -> "In JavaScript an array is an object: 'ys = xs' makes ys a second name for the very same array, so"
                    + " a change made through either name is seen through both, while xs.slice() builds a new, independent copy."
                    + " Assigning a new array to a name re-points only that name. A function parameter names the caller's array itself.";
            case CPP -> "In C++ a vector<int> is a value: initialising or assigning one vector from another copies all its"
                    + " elements, so the two stay independent afterwards. A parameter declared vector<int>& is a reference: the"
                    + " function changes the caller's vector itself.";
        };
        return "Read this " + language.title() + " program, which works with lists of whole numbers.\n\n"
                + CodeAnswers.block(puzzle.source(), language) + "\n" + sharing + " Appending adds an element at the end; indices"
                + " start at 0.\n\nWhich numbers does it print? Write each printed number on its own line, in the order"
                + " printed (example of the layout: 7, then 0, then 15, each on a separate line).";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.output());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return Items.allOrNothing(puzzle.output(), answer.lines(), "printed line");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        List<String> lines = gold.lines();
        if (lines.size() >= 2) {
            misses.add(new Answer(lines.subList(0, lines.size() - 1)));
        }
        List<String> changed = new ArrayList<>(lines);
        int at = random.nextInt(lines.size());
        changed.set(at, lines.get(at) + "1");
        misses.add(new Answer(changed));
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.steps();
    }
}
