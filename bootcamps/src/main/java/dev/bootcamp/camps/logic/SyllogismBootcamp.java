package dev.bootcamp.camps.logic;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Categorical syllogisms and sorites: does the conclusion follow from the premises? */
@AutoService(Bootcamp.class)
public final class SyllogismBootcamp implements Bootcamp<SyllogismBootcamp.Puzzle, SyllogismBootcamp.Answer> {
    private static final BootcampInfo INFO = BootcampInfo.builder(SyllogismBootcamp.class)
            .title("Categorical syllogisms")
            .domain("logic")
            .tags("deduction", "syllogism", "venn-diagrams", "yes-no")
            .summary("Premises of the forms All/No/Some/Some ... not X are Y link a chain of categories (a classic"
                    + " syllogism at three terms, a sorites beyond), with unrelated premises mixed in at higher levels; say"
                    + " whether a conclusion follows. Statements have their modern reading: 'All X are Y' does not say any X"
                    + " exist. The verdict comes from model checking over the Venn regions of all the categories (a"
                    + " conclusion fails exactly when the model in which every region not ruled out by a universal"
                    + " statement is inhabited is a counterexample), never from a table of named moods. Chains are built"
                    + " valid and then perturbed (a reversed link, a changed quantifier, a converted conclusion) so both"
                    + " answers look alike; yes and no are equally likely. CORRECT or WRONG, no partial credit.")
            .knob(Knob.integer("chain", 3, 6, 3, "categories in the chain from the conclusion's subject to its predicate"))
            .knob(Knob.integer("distractors", 0, 5, 0, "extra premises that the argument does not need"))
            .answerShape("yes or no")
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
    public record Puzzle(List<String> terms, List<Statement> premises, Statement conclusion, boolean follows) {
        public Puzzle {
            terms = List.copyOf(terms);
            premises = List.copyOf(premises);
            requireNonNull(conclusion, "conclusion is null");
        }
    }

    /** Yes (the conclusion follows) or no. */
    public record Answer(boolean follows) {}

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with("chain", Draw.scale(level, 3, 6))
                .with("distractors", Draw.scale(level, 0, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        return SyllogismGenerator.generate(knobs.integer("chain"), knobs.integer("distractors"), random);
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
        StringBuilder text = new StringBuilder("Consider these premises:\n");
        for (int i = 0; i < puzzle.premises().size(); i++) {
            text.append(i + 1).append(". ").append(sentence(puzzle, puzzle.premises().get(i))).append('\n');
        }
        text.append("\nConclusion: ").append(sentence(puzzle, puzzle.conclusion())).append("\n\n")
                .append("Read every statement in its strict logical sense. \"All X are Y\" means that every X is a Y; it does")
                .append(" not claim that any X exist. \"No X are Y\" means that nothing is both an X and a Y. \"Some X are Y\"")
                .append(" means that at least one X is a Y, and \"Some X are not Y\" means that at least one X is not a Y;")
                .append(" \"some\" does not rule out \"all\". Assume nothing else: any group may be empty unless a premise")
                .append(" says otherwise, and real-world knowledge about these groups does not apply.\n\n")
                .append("Does the conclusion follow necessarily from the premises, that is, is it true in every situation in")
                .append(" which all the premises are true? Answer yes or no.");
        return text.toString();
    }

    private static String sentence(Puzzle puzzle, Statement statement) {
        String subject = puzzle.terms().get(statement.subject());
        String predicate = puzzle.terms().get(statement.predicate());
        return switch (statement.form()) {
            case "all" -> "All " + subject + " are " + predicate + ".";
            case "no" -> "No " + subject + " are " + predicate + ".";
            case "some" -> "Some " + subject + " are " + predicate + ".";
            default -> "Some " + subject + " are not " + predicate + ".";
        };
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.follows());
    }

    @Override
    public String render(Answer answer) {
        return answer.follows() ? "yes" : "no";
    }

    /** Yes or no (also true/false, valid/invalid, follows/does not follow). */
    @Override
    public Answer parse(String text) {
        String word = Answers.normalize(text);
        switch (word) {
            case "valid", "follows", "it follows" -> {
                return new Answer(true);
            }
            case "invalid", "not valid", "does not follow", "it does not follow" -> {
                return new Answer(false);
            }
            default -> {
                try {
                    return new Answer(Answers.bool(word));
                } catch (AnswerFormatException e) {
                    throw new AnswerFormatException("expected yes or no, found '" + Answers.abbreviate(text) + "'");
                }
            }
        }
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        boolean follows = follows(puzzle.terms().size(), puzzle.premises(), puzzle.conclusion());
        if (answer.follows() == follows) {
            return Score.correct(follows ? "the conclusion holds in every model of the premises"
                    : "some model of the premises breaks the conclusion");
        }
        return Score.wrong(follows ? "answered no, but the conclusion holds in every model of the premises"
                : "answered yes, but some model of the premises breaks the conclusion");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        return List.of(new Answer(!gold.follows()));
    }

    /** Premises times categories. */
    @Override
    public double cost(Puzzle puzzle) {
        return (double) puzzle.premises().size() * puzzle.terms().size();
    }
}
