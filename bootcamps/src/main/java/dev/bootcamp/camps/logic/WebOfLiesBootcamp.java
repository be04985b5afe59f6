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
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.NearMisses;
import dev.bootcamp.camps.kit.PersonNames;
import dev.bootcamp.camps.kit.Prose;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Web of lies: follow who says whom tells the truth, from one known person, to find everyone who lies. */
@AutoService(Bootcamp.class)
public final class WebOfLiesBootcamp extends Camp<WebOfLiesBootcamp.Puzzle, WebOfLiesBootcamp.Answer> {
    private static final Knob<Integer> PEOPLE = Knob.integer("people", 2, 30, 5, "number of people");
    private static final Knob<Integer> BRANCHING = Knob.integer("branching", 1, 3, 1, "most people one statement is about");
    private static final Knob<Boolean> SHUFFLED = Knob.flag("shuffled", false, "list the statements in random order instead of evaluation order");
    private static final BootcampInfo INFO = BootcampInfo.builder(WebOfLiesBootcamp.class)
            .title("Web of lies")
            .domain("logic")
            .tags("deduction", "truth-tellers", "evaluation")
            .summary("Everyone always tells the truth or always lies. One person's kind is given; every other person makes one"
                    + " statement about people earlier in the chain: that someone tells the truth or lies, and at higher levels"
                    + " statements about two or three people (both, at least one, exactly one, the same kind, exactly or at"
                    + " least k of them), with the statements listed out of order. The kinds follow by evaluation from the one"
                    + " given kind, so the answer, the names of everyone who lies, is unique; every puzzle has at least one"
                    + " liar besides the given person and at least one truth-teller. CORRECT only for exactly the set of"
                    + " liars (any order), WRONG otherwise.")
            .version(2)
            .knob(PEOPLE)
            .knob(BRANCHING)
            .knob(SHUFFLED)
            .answerShape("the names of all the liars, separated by commas")
            .build();

    /**
     * What a person says about earlier people (indices): {@code truthful}, {@code liar}, {@code both-truthful},
     * {@code both-liars}, {@code some-liar} (at least one lies), {@code one-liar} (exactly one lies), {@code same}
     * (both truthful or both liars), {@code exactly} or {@code at-least} ({@code count} of them tell the truth).
     */
    public record Statement(int speaker, String form, List<Integer> about, int count) {
        public Statement {
            requireNonNull(form, "form is null");
            about = List.copyOf(about);
        }

        boolean holds(boolean[] truthful) {
            long honest = about.stream().filter(person -> truthful[person]).count();
            return switch (form) {
                case "truthful", "both-truthful" -> honest == about.size();
                case "liar", "both-liars" -> honest == 0;
                case "some-liar" -> honest < about.size();
                case "one-liar" -> honest == about.size() - 1;
                case "same" -> honest == 0 || honest == about.size();
                case "exactly" -> honest == count;
                case "at-least" -> honest >= count;
                default -> throw new IllegalArgumentException("unknown statement form '" + form + "'");
            };
        }
    }

    /**
     * The names in chain order, whether the first tells the truth, the statements as listed, and where among them the
     * first person's kind is stated.
     */
    public record Puzzle(List<String> names, boolean firstTruthful, List<Statement> statements, int givenAt) {
        public Puzzle {
            names = List.copyOf(names);
            statements = List.copyOf(statements);
        }
    }

    /** The names of the liars, sorted. */
    public record Answer(List<String> liars) {
        public Answer {
            liars = liars.stream().sorted().toList();
        }
    }

    public WebOfLiesBootcamp() {
        super(INFO, Codec.of(WebOfLiesBootcamp::write, WebOfLiesBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(PEOPLE, Draw.scale(level, 3, 14))
                .with(BRANCHING, Draw.scale(level, 1, 3))
                .with(SHUFFLED, level >= 6);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int people = knobs.get(PEOPLE);
        int branching = knobs.get(BRANCHING);
        while (true) {
            boolean first = random.nextBoolean();
            List<Statement> statements = new ArrayList<>();
            int widest = 1 + random.nextInt(people - 1);
            for (int speaker = 1; speaker < people; speaker++) {
                int size = Math.min(speaker, speaker == widest ? branching : Draw.between(1, branching, random));
                statements.add(statement(speaker, size, random));
            }
            boolean[] truthful = evaluate(people, first, statements);
            int liars = 0;
            for (int person = 1; person < people; person++) {
                liars += truthful[person] ? 0 : 1;
            }
            if (liars == 0 || liars == people - 1 && !first) {
                continue;
            }
            int givenAt = 0;
            if (knobs.get(SHUFFLED)) {
                Draw.shuffle(statements, random);
                givenAt = random.nextInt(people);
            }
            List<String> names = new ArrayList<>(Draw.sample(PersonNames.ALL, people, random));
            return new Puzzle(names, first, statements, givenAt);
        }
    }

    /** A statement about {@code size} earlier people, the latest one always among them so the chain stays connected. */
    private static Statement statement(int speaker, int size, RandomGenerator random) {
        List<Integer> about = new ArrayList<>();
        about.add(speaker - 1);
        while (about.size() < size) {
            int person = random.nextInt(speaker);
            if (!about.contains(person)) {
                about.add(person);
            }
        }
        Draw.shuffle(about, random);
        if (size == 1) {
            return new Statement(speaker, random.nextBoolean() ? "truthful" : "liar", about, -1);
        }
        if (size == 2) {
            String form = Draw.pick(List.of("both-truthful", "both-liars", "some-liar", "one-liar", "same"), random);
            return new Statement(speaker, form, about, -1);
        }
        return new Statement(speaker, random.nextBoolean() ? "exactly" : "at-least", about, Draw.between(1, size - 1, random));
    }

    private static boolean[] evaluate(int people, boolean first, List<Statement> statements) {
        Statement[] bySpeaker = new Statement[people];
        statements.forEach(statement -> bySpeaker[statement.speaker()] = statement);
        boolean[] truthful = new boolean[people];
        truthful[0] = first;
        for (int speaker = 1; speaker < people; speaker++) {
            truthful[speaker] = bySpeaker[speaker].holds(truthful);
        }
        return truthful;
    }

    @Override
    public String question(Puzzle puzzle) {
        List<String> names = puzzle.names();
        StringBuilder text = new StringBuilder();
        text.append("Each person below either always tells the truth or always lies: whatever a truth-teller says is true, and")
                .append(" whatever a liar says is false.\n\n");
        List<String> lines = new ArrayList<>();
        for (Statement statement : puzzle.statements()) {
            lines.add(sentence(statement, names));
        }
        lines.add(Math.min(puzzle.givenAt(), lines.size()), names.get(0) + (puzzle.firstTruthful() ? " tells the truth." : " lies."));
        lines.forEach(line -> text.append("- ").append(line).append('\n'));
        text.append("\nWho lies? Name every liar (").append(names.get(0)).append(" included if ").append(names.get(0))
                .append(" lies), separated by commas, in any order.");
        return text.toString();
    }

    private static String sentence(Statement statement, List<String> names) {
        String speaker = names.get(statement.speaker());
        List<String> about = statement.about().stream().map(names::get).toList();
        String group = Prose.and(about);
        return speaker + " says " + switch (statement.form()) {
            case "truthful" -> about.get(0) + " tells the truth.";
            case "liar" -> about.get(0) + " lies.";
            case "both-truthful" -> group + " both tell the truth.";
            case "both-liars" -> group + " both lie.";
            case "some-liar" -> "at least one of " + group + " lies.";
            case "one-liar" -> "exactly one of " + group + " lies.";
            case "same" -> group + " are either both truth-tellers or both liars.";
            case "exactly" -> "exactly " + Prose.number(statement.count()) + " of " + group + " tell" + (statement.count() == 1 ? "s" : "")
                    + " the truth.";
            case "at-least" -> "at least " + Prose.number(statement.count()) + " of " + group + " tell" + (statement.count() == 1 ? "s" : "")
                    + " the truth.";
            default -> throw new IllegalArgumentException("unknown statement form '" + statement.form() + "'");
        };
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(liars(puzzle));
    }

    private static List<String> liars(Puzzle puzzle) {
        boolean[] truthful = evaluate(puzzle.names().size(), puzzle.firstTruthful(), puzzle.statements());
        List<String> liars = new ArrayList<>();
        for (int person = 0; person < truthful.length; person++) {
            if (!truthful[person]) {
                liars.add(puzzle.names().get(person));
            }
        }
        return liars.stream().sorted().toList();
    }

    private static String write(Answer answer) {
        return String.join(", ", answer.liars());
    }

    /** Names separated by commas, semicolons, spaces or "and", in any order, each once. */
    private static Answer read(String text) {
        List<String> names = new ArrayList<>();
        for (String token : Answers.tokens(text)) {
            if (token.equalsIgnoreCase("and")) {
                continue;
            }
            String name = Answers.normalize(token);
            if (name.isEmpty() || !name.chars().allMatch(Character::isLetter)) {
                throw new AnswerFormatException("expected names separated by commas, found '" + Answers.abbreviate(token) + "'");
            }
            String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            if (names.contains(capitalised)) {
                throw new AnswerFormatException("'" + capitalised + "' is named twice");
            }
            names.add(capitalised);
        }
        if (names.isEmpty()) {
            throw new AnswerFormatException("expected the names of the liars, found nothing");
        }
        return new Answer(names);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<String> liars = liars(puzzle);
        List<String> unknown = answer.liars().stream().filter(name -> !puzzle.names().contains(name)).toList();
        if (!unknown.isEmpty()) {
            return Score.wrong(unknown.get(0) + " is not one of the people");
        }
        if (answer.liars().equals(liars)) {
            return Score.correct("exactly " + liars.size() + " of " + puzzle.names().size() + " people lie");
        }
        List<String> missed = liars.stream().filter(name -> !answer.liars().contains(name)).toList();
        if (!missed.isEmpty()) {
            return Score.wrong(missed.get(0) + " lies but is not named");
        }
        String honest = answer.liars().stream().filter(name -> !liars.contains(name)).findFirst().orElseThrow();
        return Score.wrong(honest + " tells the truth but is named as a liar");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        return NearMisses.toggled(gold.liars(), puzzle.names()).stream().filter(liars -> !liars.isEmpty()).map(Answer::new).toList();
    }

    /** People times the most people one statement is about. */
    @Override
    public double cost(Puzzle puzzle) {
        int widest = puzzle.statements().stream().mapToInt(statement -> statement.about().size()).max().orElse(1);
        return (double) puzzle.names().size() * widest;
    }
}
