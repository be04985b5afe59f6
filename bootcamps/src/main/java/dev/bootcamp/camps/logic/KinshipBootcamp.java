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
import dev.bootcamp.camps.kit.Codecs;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Items;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/** Kinship: from facts about a family, name how three pairs of people are related. */
@AutoService(Bootcamp.class)
public final class KinshipBootcamp extends Camp<KinshipBootcamp.Puzzle, KinshipBootcamp.Answer> {
    static final List<String> VOCABULARY = List.of("mother", "father", "son", "daughter", "brother", "sister", "husband",
            "wife", "grandmother", "grandfather", "grandson", "granddaughter", "great-grandmother", "great-grandfather",
            "great-grandson", "great-granddaughter", "aunt", "uncle", "niece", "nephew", "great-aunt", "great-uncle", "cousin",
            "mother-in-law", "father-in-law", "son-in-law", "daughter-in-law", "brother-in-law", "sister-in-law");
    private static final Map<String, String> OTHER_SEX = otherSex();
    private static final List<String> LEADING = List.of("a ", "an ", "the ", "his ", "her ", "their ", "first ");
    private static final int MAX_ANSWER_LENGTH = 60;

    private static final Knob<Integer> STEPS = Knob.integer("steps", 1, 4, 2, "links in the chain between the two people (the chain has this many or one fewer)");
    private static final Knob<Integer> DISTRACTORS = Knob.integer("distractors", 0, 20, 3, "true facts about the family that the question does not need");
    private static final BootcampInfo INFO = BootcampInfo.builder(KinshipBootcamp.class)
            .title("Family relations")
            .domain("logic")
            .tags("deduction", "kinship", "family-tree")
            .summary("Facts of the form 'X is Y's mother (father, son, daughter, brother, sister, husband, wife)' describe part"
                    + " of a four-generation family; name how each of three pairs of people are related, each with one term from a fixed"
                    + " list (grandmother, great-uncle, cousin, niece, sister-in-law, ...). The facts include a chain of links"
                    + " between the two people plus unrelated true facts, and the puzzle is kept only when the facts alone,"
                    + " closed under the stated rules (shared parents of siblings, spouses as co-parents, no other ties),"
                    + " give the same relation as the hidden tree. Terms are balanced across the list, and the three"
                    + " questions ask about three different terms, each settled by the facts. CORRECT only when all three"
                    + " are right, WRONG otherwise.")
            .version(2)
            .knob(STEPS)
            .knob(DISTRACTORS)
            .answerShape("three kinship terms from the list, one per question in order")
            .build();

    /** "subject is object's role", people as indices into the names. */
    public record Fact(int subject, String role, int object) {
        public Fact {
            requireNonNull(role, "role is null");
        }
    }

    /** How {@code subject} is related to {@code object}: the term (never shown). */
    public record Question(int subject, int object, String term) {
        public Question {
            requireNonNull(term, "term is null");
        }
    }

    /** Everyone in the hidden family, the facts shown, the questions, and the longest chain length. */
    public record Puzzle(List<String> names, List<Fact> facts, List<Question> questions, int steps) {
        public Puzzle {
            names = List.copyOf(names);
            facts = List.copyOf(facts);
            questions = List.copyOf(questions);
        }
    }

    /** Terms from {@link #VOCABULARY}, one per question in order. */
    public record Answer(List<String> terms) {
        public Answer {
            terms = List.copyOf(terms);
        }
    }

    static final int QUESTIONS = 3;

    public KinshipBootcamp() {
        // numbered and capitalised, so the canonical text differs from the lower-case list of terms in the prompt
        super(INFO, Codec.of(Codecs.numbered(".", QUESTIONS, (String term) -> Character.toUpperCase(term.charAt(0)) + term.substring(1),
                term -> term)::render, KinshipBootcamp::read).map(Answer::new, Answer::terms));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(STEPS, Draw.scale(level, 1, 4))
                .with(DISTRACTORS, Draw.scale(level, 2, 12));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        return KinshipGenerator.generate(knobs.get(STEPS), knobs.get(DISTRACTORS), random);
    }

    static boolean isFemale(String role) {
        return switch (role) {
            case "mother", "daughter", "sister", "wife" -> true;
            default -> false;
        };
    }

    /** Sentences never begin with a term from the list, so the capitalised gold answer cannot be found in it. */
    @Override
    public String question(Puzzle puzzle) {
        List<String> names = puzzle.names();
        StringBuilder text = new StringBuilder("Here are some facts about one family:\n");
        for (int i = 0; i < puzzle.facts().size(); i++) {
            Fact fact = puzzle.facts().get(i);
            text.append(i + 1).append(". ").append(names.get(fact.subject())).append(" is ").append(names.get(fact.object()))
                    .append("'s ").append(fact.role()).append(".\n");
        }
        text.append("\nRules of this family: everyone has at most one husband or wife; the children of a married person are")
                .append(" also the children of their husband or wife; any brother and sister have the same two parents (there")
                .append(" are no half-siblings, step-relatives or adoptions); and nobody is married to a relative. Apart from")
                .append(" what follows from these facts and rules, nobody here is related to anybody else.\n\n")
                .append("The terms have their usual meanings. In particular: an aunt or uncle is a sister or brother of one's")
                .append(" parent, or the wife or husband of such a sister or brother; a niece or nephew is a daughter or son of")
                .append(" one's brother or sister, or of one's husband's or wife's brother or sister; a cousin is a child of one's")
                .append(" parent's brother or sister; a great-aunt or great-uncle is a sister or brother of one's grandparent; a")
                .append(" brother-in-law or sister-in-law is a brother or sister of one's husband or wife, or the husband or wife")
                .append(" of one's brother or sister.\n\nComplete each sentence with exactly one of these terms: ")
                .append(String.join(", ", VOCABULARY)).append(".\n");
        for (int i = 0; i < puzzle.questions().size(); i++) {
            Question question = puzzle.questions().get(i);
            text.append("Q").append(i + 1).append(". ").append(names.get(question.subject())).append(" is ")
                    .append(names.get(question.object())).append("'s ___\n");
        }
        text.append("\nAnswer with the ").append(puzzle.questions().size()).append(" terms in question order, one per line.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.questions().stream().map(Question::term).toList());
    }

    /**
     * One term per line (or separated by commas or semicolons), each optionally numbered ("1.", "Q2:") and also inside
     * "X is Y's term", with spaces for hyphens and a leading article allowed.
     */
    private static List<String> read(String text) {
        if (text.length() > MAX_ANSWER_LENGTH * 4 * QUESTIONS) {
            throw new AnswerFormatException("expected " + QUESTIONS + " kinship terms, found " + text.length() + " characters");
        }
        List<String> items = Answers.lines(text);
        if (items.size() == 1) {
            items = List.of(items.get(0).split("[,;]"));
        }
        List<String> terms = new ArrayList<>();
        for (String item : items) {
            if (!item.isBlank()) {
                terms.add(term(withoutLabel(item.strip())));
            }
        }
        if (terms.size() != QUESTIONS) {
            throw new AnswerFormatException("expected " + QUESTIONS + " kinship terms, one per question, found " + terms.size());
        }
        return terms;
    }

    private static String withoutLabel(String item) {
        int at = item.length() > 1 && (item.charAt(0) == 'Q' || item.charAt(0) == 'q') && Character.isDigit(item.charAt(1)) ? 1 : 0;
        int digits = at;
        while (digits < item.length() && Character.isDigit(item.charAt(digits))) {
            digits++;
        }
        if (digits == at) {
            return item;
        }
        return digits < item.length() && ".):".indexOf(item.charAt(digits)) >= 0 ? item.substring(digits + 1) : item.substring(digits);
    }

    private static String term(String text) {
        String word = Answers.normalize(text.replace('’', '\''));
        int possessive = word.lastIndexOf("'s ");
        if (possessive >= 0) {
            word = word.substring(possessive + 3).strip();
        }
        for (String leading : LEADING) {
            if (word.startsWith(leading)) {
                word = word.substring(leading.length()).strip();
            }
        }
        String key = word.replace(' ', '-');
        if (VOCABULARY.contains(key)) {
            return key;
        }
        throw new AnswerFormatException("expected one of the listed kinship terms, found '" + Answers.abbreviate(text) + "'");
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return Items.allOrNothing(puzzle.questions().stream().map(Question::term).toList(), answer.terms(), "term");
    }

    /** For one question at a time: the same relation for the other sex, or the term most easily confused with it. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        for (int i = 0; i < gold.terms().size(); i++) {
            for (String miss : missesOf(gold.terms().get(i), random)) {
                List<String> terms = new ArrayList<>(gold.terms());
                terms.set(i, miss);
                misses.add(new Answer(terms));
            }
        }
        return misses;
    }

    /** The same relation for the other sex, and the term most easily confused with it. */
    private static List<String> missesOf(String term, RandomGenerator random) {
        List<String> misses = new ArrayList<>();
        String other = OTHER_SEX.get(term);
        if (other != null) {
            misses.add(other);
        }
        String confused = term.endsWith("-in-law") ? term.substring(0, term.length() - "-in-law".length())
                : term.startsWith("great-") ? term.substring("great-".length())
                : VOCABULARY.contains(term + "-in-law") ? term + "-in-law" : VOCABULARY.contains("great-" + term) ? "great-" + term : null;
        if (confused != null && VOCABULARY.contains(confused)) {
            misses.add(confused);
        }
        if (misses.isEmpty()) {
            misses.add(Draw.pick(VOCABULARY.stream().filter(candidate -> !candidate.equals(term)).toList(), random));
        }
        return misses;
    }

    /** Links in the longest chain times the facts to search for each link. */
    @Override
    public double cost(Puzzle puzzle) {
        return (double) puzzle.steps() * puzzle.facts().size();
    }

    private static Map<String, String> otherSex() {
        Map<String, String> pairs = new TreeMap<>();
        for (int i = 0; i < VOCABULARY.size(); i++) {
            String term = VOCABULARY.get(i);
            String swapped = term.replace("mother", "FATHER").replace("father", "mother").replace("FATHER", "father")
                    .replace("daughter", "SON").replace("son", "daughter").replace("SON", "son")
                    .replace("sister", "BROTHER").replace("brother", "sister").replace("BROTHER", "brother")
                    .replace("wife", "HUSBAND").replace("husband", "wife").replace("HUSBAND", "husband")
                    .replace("aunt", "UNCLE").replace("uncle", "aunt").replace("UNCLE", "uncle")
                    .replace("niece", "NEPHEW").replace("nephew", "niece").replace("NEPHEW", "nephew");
            if (!swapped.equals(term) && VOCABULARY.contains(swapped)) {
                pairs.put(term, swapped);
            }
        }
        return Map.copyOf(pairs);
    }
}
