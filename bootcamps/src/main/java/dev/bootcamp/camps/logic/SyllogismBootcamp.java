package dev.bootcamp.camps.logic;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codecs;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Items;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Categorical syllogisms and sorites: for each of several arguments, does the conclusion follow from the premises? */
@AutoService(Bootcamp.class)
public final class SyllogismBootcamp extends Camp<SyllogismBootcamp.Puzzle, SyllogismBootcamp.Answer> {
    private static final Knob<Integer> CHAIN = Knob.integer("chain", 3, 6, 3, "categories in the chain from the conclusion's subject to its predicate");
    private static final Knob<Integer> DISTRACTORS = Knob.integer("distractors", 0, 5, 0, "extra premises that the argument does not need");
    private static final BootcampInfo INFO = BootcampInfo.builder(SyllogismBootcamp.class)
            .title("Categorical syllogisms")
            .domain("logic")
            .tags("deduction", "syllogism", "venn-diagrams")
            .summary("Seven separate arguments, each with premises of the forms All/No/Some/Some ... not X are Y link a chain of categories (a classic"
                    + " syllogism at three terms, a sorites beyond), with unrelated premises mixed in at higher levels; say"
                    + " for each whether its conclusion follows. Statements have their modern reading: 'All X are Y' does not say any X"
                    + " exist. The verdict comes from model checking over the Venn regions of all the categories (a"
                    + " conclusion fails exactly when the model in which every region not ruled out by a universal"
                    + " statement is inhabited is a counterexample), never from a table of named moods. Chains are built"
                    + " valid and then perturbed (a reversed link, a changed quantifier, a converted conclusion) so both"
                    + " answers look alike; yes and no are equally likely and drawn independently per argument. The answer"
                    + " is one yes or no per argument, CORRECT only when all seven are right (a constant answer is right"
                    + " one time in 128), WRONG otherwise.")
            .version(2)
            .knob(CHAIN)
            .knob(DISTRACTORS)
            .answerShape("seven words, yes or no, one per argument in order")
            .build();

    /**
     * A categorical statement about two categories (indices into the puzzle's terms): {@code all}, {@code no},
     * {@code some} or {@code some-not} ("Some subject are not predicate").
     */
    public record Statement(String form, int subject, int predicate) {
        public Statement {
            requireNonNull(form, "form is null");
        }
    }

    /** The categories, the premises in the order shown, the conclusion and whether it follows (never shown). */
    public record Argument(List<String> terms, List<Statement> premises, Statement conclusion, boolean follows) {
        public Argument {
            terms = List.copyOf(terms);
            premises = List.copyOf(premises);
            requireNonNull(conclusion, "conclusion is null");
        }
    }

    /** The arguments, judged separately. */
    public record Puzzle(List<Argument> arguments) {
        public Puzzle {
            arguments = List.copyOf(arguments);
        }
    }

    /** Per argument in order, whether its conclusion follows. */
    public record Answer(List<Boolean> follows) {
        public Answer {
            follows = List.copyOf(follows);
        }
    }

    private static final int ARGUMENTS = 7;

    public SyllogismBootcamp() {
        super(INFO, Codecs.numbered(".", ARGUMENTS, follows -> follows ? "yes" : "no", SyllogismBootcamp::verdict).map(Answer::new, Answer::follows));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(CHAIN, Draw.scale(level, 3, 6))
                .with(DISTRACTORS, Draw.scale(level, 0, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<Argument> arguments = new ArrayList<>();
        for (int i = 0; i < ARGUMENTS; i++) {
            arguments.add(SyllogismGenerator.generate(knobs.get(CHAIN), knobs.get(DISTRACTORS), random));
        }
        return new Puzzle(arguments);
    }

    /** Whether some model of the premises exists: a model with every allowed region inhabited, if any, is one. */
    static boolean consistent(int terms, List<Statement> premises) {
        return countermodel(terms, premises, null);
    }

    /**
     * Whether the conclusion holds in every model of the premises. Models are sets of inhabited Venn regions (a region
     * is a bit mask of the categories its members belong to). Universal statements empty regions and existential ones
     * need an inhabited region, so a countermodel exists exactly when, with the regions emptied by the universal
     * premises and the universal denial of the conclusion, every existential premise and existential denial still
     * has a region left.
     */
    static boolean follows(int terms, List<Statement> premises, Statement conclusion) {
        return !countermodel(terms, premises, denial(conclusion));
    }

    private static Statement denial(Statement statement) {
        String form = switch (statement.form()) {
            case "all" -> "some-not";
            case "some-not" -> "all";
            case "no" -> "some";
            default -> "no";
        };
        return new Statement(form, statement.subject(), statement.predicate());
    }

    private static boolean countermodel(int terms, List<Statement> premises, Statement denial) {
        List<Statement> statements = new ArrayList<>(premises);
        if (denial != null) {
            statements.add(denial);
        }
        boolean[] allowed = new boolean[1 << terms];
        for (int region = 0; region < allowed.length; region++) {
            allowed[region] = true;
            for (Statement statement : statements) {
                boolean subject = (region >> statement.subject() & 1) == 1;
                boolean predicate = (region >> statement.predicate() & 1) == 1;
                if (statement.form().equals("all") && subject && !predicate || statement.form().equals("no") && subject && predicate) {
                    allowed[region] = false;
                }
            }
        }
        for (Statement statement : statements) {
            if (statement.form().equals("some") || statement.form().equals("some-not")) {
                boolean witnessed = false;
                for (int region = 0; region < allowed.length && !witnessed; region++) {
                    boolean subject = (region >> statement.subject() & 1) == 1;
                    boolean predicate = (region >> statement.predicate() & 1) == 1;
                    witnessed = allowed[region] && subject && predicate == statement.form().equals("some");
                }
                if (!witnessed) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder("Below are ").append(ARGUMENTS).append(" separate arguments. Each has its own")
                .append(" premises and one conclusion; the groups named in one argument have nothing to do with another.\n");
        for (int a = 0; a < puzzle.arguments().size(); a++) {
            Argument argument = puzzle.arguments().get(a);
            text.append("\nArgument ").append(a + 1).append(":\n");
            for (int i = 0; i < argument.premises().size(); i++) {
                text.append("  Premise ").append(i + 1).append(". ").append(sentence(argument, argument.premises().get(i))).append('\n');
            }
            text.append("  Conclusion: ").append(sentence(argument, argument.conclusion())).append('\n');
        }
        text.append("\nRead every statement in its strict logical sense. \"All X are Y\" means that every X is a Y; it does")
                .append(" not claim that any X exist. \"No X are Y\" means that nothing is both an X and a Y. \"Some X are Y\"")
                .append(" means that at least one X is a Y, and \"Some X are not Y\" means that at least one X is not a Y;")
                .append(" \"some\" does not rule out \"all\". Assume nothing else: any group may be empty unless a premise")
                .append(" says otherwise, and real-world knowledge about these groups does not apply.\n\n")
                .append("For each argument, does its conclusion follow necessarily from its premises, that is, is it true in")
                .append(" every situation in which all of that argument's premises are true? Answer with ").append(ARGUMENTS)
                .append(" words, yes or no, one per argument in order (for example \"1. yes 2. no ...\").");
        return text.toString();
    }

    private static String sentence(Argument argument, Statement statement) {
        String subject = argument.terms().get(statement.subject());
        String predicate = argument.terms().get(statement.predicate());
        return switch (statement.form()) {
            case "all" -> "All " + subject + " are " + predicate + ".";
            case "no" -> "No " + subject + " are " + predicate + ".";
            case "some" -> "Some " + subject + " are " + predicate + ".";
            default -> "Some " + subject + " are not " + predicate + ".";
        };
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.arguments().stream().map(Argument::follows).toList());
    }

    private static boolean verdict(String word) {
        switch (word) {
            case "valid", "follows" -> {
                return true;
            }
            case "invalid" -> {
                return false;
            }
            default -> {
                try {
                    return Answers.bool(word);
                } catch (AnswerFormatException e) {
                    throw new AnswerFormatException("expected yes or no for each argument, found '" + Answers.abbreviate(word) + "'");
                }
            }
        }
    }

    /** Each verdict against the model checker (not the stored answer); all must be right. */
    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<Boolean> checked = puzzle.arguments().stream()
                .map(argument -> follows(argument.terms().size(), argument.premises(), argument.conclusion())).toList();
        return Items.allOrNothing(checked, answer.follows(), "verdict");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        for (int a = 0; a < gold.follows().size(); a++) {
            List<Boolean> flipped = new ArrayList<>(gold.follows());
            flipped.set(a, !flipped.get(a));
            misses.add(new Answer(flipped));
        }
        return misses;
    }

    /** Premises times categories, summed over the arguments. */
    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.arguments().stream().mapToDouble(argument -> (double) argument.premises().size() * argument.terms().size()).sum();
    }
}
