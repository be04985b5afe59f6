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
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.NamedValues;
import dev.bootcamp.camps.kit.Prose;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/** Knights and knaves: from what every islander says, deduce who always tells the truth and who always lies. */
@AutoService(Bootcamp.class)
public final class KnightsAndKnavesBootcamp extends Camp<KnightsAndKnavesBootcamp.Puzzle, KnightsAndKnavesBootcamp.Answer> {
    private static final Knob<Integer> PEOPLE = Knob.integer("people", 2, 12, 4, "number of islanders (the solver enumerates 2^people assignments)");
    private static final Knob<Integer> DEPTH = Knob.integer("depth", 1, 4, 2, "deepest nesting of a statement: 1 plain claims, 2 adds 'if ... then' and"
            + " 'X would say that', 3 and 4 nest 'would say' further");
    private static final BootcampInfo INFO = BootcampInfo.builder(KnightsAndKnavesBootcamp.class)
            .title("Knights and knaves")
            .domain("logic")
            .tags("deduction", "propositional-logic", "truth-tellers", "unique-solution")
            .summary("Islanders are knights, whose statements are all true, or knaves, whose statements are all false. Each"
                    + " islander makes one statement about the others or themselves (plain claims, conjunctions, 'at least one',"
                    + " 'exactly k', 'same kind', 'if ... then' and nested 'X would say that ...'), and exactly one assignment of"
                    + " kinds is consistent, proved by enumerating all of them. The answer names the kind of every islander;"
                    + " it is CORRECT only when every islander is right, WRONG otherwise (no partial credit: with two kinds,"
                    + " a fraction of right guesses says little).")
            .knob(PEOPLE)
            .knob(DEPTH)
            .answerShape("one line per islander of the form Name: knight or Name: knave")
            .uniqueSolution()
            .build();

    private static final Set<String> FILLERS = Set.of("is", "a", "an");

    /**
     * One statement as a small formula tree over the islanders (numbered from 0 in name order). {@code form} is
     * {@code is} (people[0] is of kind {@code knight}, where false means knave), {@code both} (both people are of
     * that kind), {@code some} (at least one is), {@code exactly} ({@code count} of the people are), {@code same}
     * and {@code different} (two people's kinds), {@code if} (parts[0] implies parts[1]) or {@code says} (people[0]
     * would assert parts[0]). Fields a form does not use are false, 0 or empty.
     */
    public record Claim(String form, List<Integer> people, boolean knight, int count, List<Claim> parts) {
        public Claim {
            requireNonNull(form, "form is null");
            people = List.copyOf(people);
            parts = List.copyOf(parts);
        }
    }

    /** The islanders in alphabetical order, the statement of each, and the unique consistent kinds (never shown). */
    public record Puzzle(List<String> names, List<Claim> statements, List<Boolean> knights) {
        public Puzzle {
            names = List.copyOf(names);
            statements = List.copyOf(statements);
            knights = List.copyOf(knights);
        }
    }

    /** One islander's kind as answered. */
    public record Role(String name, boolean knight) {
        public Role {
            requireNonNull(name, "name is null");
        }
    }

    /** The roles, sorted by name. */
    public record Answer(List<Role> roles) {
        public Answer {
            roles = roles.stream().sorted(Comparator.comparing(Role::name)).toList();
        }
    }

    public KnightsAndKnavesBootcamp() {
        super(INFO, NamedValues.codec(FILLERS, NamedValues.capitalisedName(40, "a name"), KnightsAndKnavesBootcamp::kind,
                knight -> knight ? "knight" : "knave", "Name: knight")
                .map(entries -> new Answer(NamedValues.records(entries, Role::new)), answer -> NamedValues.entries(answer.roles(), Role::name, Role::knight)));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(PEOPLE, Draw.scale(level, 2, 8))
                .with(DEPTH, Draw.scale(level, 1, 3));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        return KnightsAndKnavesGenerator.generate(knobs.get(PEOPLE), knobs.get(DEPTH), random);
    }

    @Override
    public String question(Puzzle puzzle) {
        List<String> names = puzzle.names();
        int people = names.size();
        StringBuilder text = new StringBuilder();
        text.append("On an island, everyone is either a knight or a knave. Knights always tell the truth, so every")
                .append(" statement a knight makes is true; knaves always lie, so every statement a knave makes is false.\n\n")
                .append("You meet ").append(Prose.number(people)).append(" islanders: ").append(Prose.and(names)).append(". Each makes one statement:\n");
        for (int speaker = 0; speaker < people; speaker++) {
            String sentence = sentence(puzzle.statements().get(speaker), speaker, names);
            text.append("- ").append(names.get(speaker)).append(" says: \"")
                    .append(Character.toUpperCase(sentence.charAt(0))).append(sentence.substring(1)).append(".\"\n");
        }
        Set<String> forms = new TreeSet<>();
        puzzle.statements().forEach(claim -> collectForms(claim, names.size(), forms));
        List<String> rules = new ArrayList<>();
        if (forms.contains("says")) {
            rules.add("\"X would say that S\" is true exactly when X is a knight and S is true, or X is a knave and S is false.");
            rules.add("\"I\" and \"me\" always mean the speaker of the whole statement, even inside \"would say that\".");
        }
        if (forms.contains("if")) {
            rules.add("\"If S, then T\" is false only when S is true and T is false.");
        }
        if (forms.contains("some")) {
            rules.add("\"At least one of X and Y\" includes the case where both are.");
        }
        if (forms.contains("exactly")) {
            rules.add("\"Exactly\" means that number and no other.");
        }
        if (forms.contains("us")) {
            rules.add("\"Us\" means " + (people == 2 ? "both" : "all " + Prose.number(people)) + " islanders, the speaker included.");
        }
        if (forms.contains("same") || forms.contains("different")) {
            rules.add("Two islanders are \"of the same kind\" when both are knights or both are knaves.");
        }
        if (!rules.isEmpty()) {
            text.append("\nHow to read the statements:\n");
            rules.forEach(rule -> text.append("- ").append(rule).append('\n'));
        }
        text.append('\n')
                .append("Exactly one assignment of knights and knaves makes every statement consistent with its speaker. Find it.\n")
                .append("Answer with one line per islander, in the form \"Name: knight\" or \"Name: knave\".");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(IntStream.range(0, puzzle.names().size()).mapToObj(person -> new Role(puzzle.names().get(person),
                puzzle.knights().get(person))).toList());
    }

    private static boolean kind(String token) {
        return switch (token.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT)) {
            case "knight" -> true;
            case "knave" -> false;
            default -> throw new AnswerFormatException("expected knight or knave, found '" + Answers.abbreviate(token) + "'");
        };
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        Map<String, Boolean> given = new TreeMap<>();
        for (Role role : answer.roles()) {
            if (!puzzle.names().contains(role.name())) {
                return Score.wrong("there is no islander named " + Answers.abbreviate(role.name()) + "; they are " + Prose.and(puzzle.names()));
            }
            given.put(role.name(), role.knight());
        }
        int wrong = 0;
        String first = null;
        for (int person = 0; person < puzzle.names().size(); person++) {
            String name = puzzle.names().get(person);
            if (!given.containsKey(name)) {
                return Score.wrong("no kind given for " + name);
            }
            boolean knight = puzzle.knights().get(person);
            if (given.get(name) != knight) {
                wrong++;
                first = first == null ? name : first;
            }
        }
        if (wrong > 0) {
            return Score.wrong("wrong kind for " + first + " (" + wrong + " of " + puzzle.names().size() + " wrong)");
        }
        return Score.correct("all " + puzzle.names().size() + " kinds are right");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Role> roles = gold.roles();
        int flipped = random.nextInt(roles.size());
        List<Role> one = new ArrayList<>(roles);
        one.set(flipped, new Role(roles.get(flipped).name(), !roles.get(flipped).knight()));
        List<Role> all = roles.stream().map(role -> new Role(role.name(), !role.knight())).toList();
        List<Role> missing = new ArrayList<>(roles);
        missing.remove(random.nextInt(roles.size()));
        return List.of(new Answer(one), new Answer(all), new Answer(missing));
    }

    /** Assignments to search times the size of the statements. */
    @Override
    public double cost(Puzzle puzzle) {
        return (double) (1 << puzzle.names().size()) * puzzle.statements().stream().mapToInt(KnightsAndKnavesBootcamp::size).sum();
    }

    /** Plain enumeration of every assignment, evaluating each statement recursively (independent of the tables). */
    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        int people = puzzle.names().size();
        long count = 0;
        for (int assignment = 0; assignment < 1 << people && count < limit; assignment++) {
            boolean consistent = true;
            for (int speaker = 0; speaker < people && consistent; speaker++) {
                consistent = holds(puzzle.statements().get(speaker), assignment) == isKnight(assignment, speaker);
            }
            if (consistent) {
                count++;
            }
        }
        return count;
    }

    static boolean isKnight(int assignment, int person) {
        return (assignment >> person & 1) == 1;
    }

    private static boolean holds(Claim claim, int assignment) {
        List<Integer> people = claim.people();
        long matching = people.stream().filter(person -> isKnight(assignment, person) == claim.knight()).count();
        return switch (claim.form()) {
            case "is" -> matching == 1;
            case "both" -> matching == people.size();
            case "some" -> matching > 0;
            case "exactly" -> matching == claim.count();
            case "same" -> isKnight(assignment, people.get(0)) == isKnight(assignment, people.get(1));
            case "different" -> isKnight(assignment, people.get(0)) != isKnight(assignment, people.get(1));
            case "if" -> !holds(claim.parts().get(0), assignment) || holds(claim.parts().get(1), assignment);
            case "says" -> isKnight(assignment, people.get(0)) == holds(claim.parts().get(0), assignment);
            default -> throw new IllegalArgumentException("unknown statement form '" + claim.form() + "'");
        };
    }

    /** The forms a statement uses, with {@code us} for a count over every islander. */
    private static void collectForms(Claim claim, int people, Set<String> forms) {
        forms.add(claim.form().equals("exactly") && claim.people().size() == people ? "us" : claim.form());
        forms.add(claim.form());
        claim.parts().forEach(part -> collectForms(part, people, forms));
    }

    private static int size(Claim claim) {
        return 1 + claim.parts().stream().mapToInt(KnightsAndKnavesBootcamp::size).sum();
    }

    /** The statement in English, from the speaker's point of view; lower case first letter, no full stop. */
    private static String sentence(Claim claim, int speaker, List<String> names) {
        List<Integer> people = claim.people();
        String kind = claim.knight() ? "knight" : "knave";
        return switch (claim.form()) {
            case "is" -> subject(people.get(0), speaker, names) + (people.get(0) == speaker ? " am a " : " is a ") + kind;
            case "both" -> group(people, speaker, names, "I") + " are both " + kind + "s";
            case "some" -> "at least one of " + group(people, speaker, names, "me") + " is a " + kind;
            case "same" -> group(people, speaker, names, "I") + " are of the same kind";
            case "different" -> group(people, speaker, names, "I") + " are of different kinds";
            case "exactly" -> "exactly " + Prose.number(claim.count()) + " of "
                    + (people.size() == names.size() ? "us" : group(people, speaker, names, "me"))
                    + (claim.count() == 1 ? " is a " + kind : " are " + kind + "s");
            case "if" -> "if " + sentence(claim.parts().get(0), speaker, names) + ", then " + sentence(claim.parts().get(1), speaker, names);
            case "says" -> names.get(people.get(0)) + " would say that " + sentence(claim.parts().get(0), speaker, names);
            default -> throw new IllegalArgumentException("unknown statement form '" + claim.form() + "'");
        };
    }

    private static String subject(int person, int speaker, List<String> names) {
        return person == speaker ? "I" : names.get(person);
    }

    /** "Bruno, Elena and me": the speaker goes last, as {@code self}. */
    private static String group(List<Integer> people, int speaker, List<String> names, String self) {
        List<String> words = new ArrayList<>();
        for (int person : people) {
            if (person != speaker) {
                words.add(names.get(person));
            }
        }
        if (people.contains(speaker)) {
            words.add(self);
        }
        return Prose.and(words);
    }
}
