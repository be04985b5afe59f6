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
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/** Kinship: from facts about a family, name how one person is related to another. */
@AutoService(Bootcamp.class)
public final class KinshipBootcamp implements Bootcamp<KinshipBootcamp.Puzzle, KinshipBootcamp.Answer> {
    static final List<String> VOCABULARY = List.of("mother", "father", "son", "daughter", "brother", "sister", "husband",
            "wife", "grandmother", "grandfather", "grandson", "granddaughter", "great-grandmother", "great-grandfather",
            "great-grandson", "great-granddaughter", "aunt", "uncle", "niece", "nephew", "great-aunt", "great-uncle", "cousin",
            "mother-in-law", "father-in-law", "son-in-law", "daughter-in-law", "brother-in-law", "sister-in-law");
    private static final Map<String, String> OTHER_SEX = otherSex();
    private static final List<String> LEADING = List.of("a ", "an ", "the ", "his ", "her ", "their ", "first ");
    private static final int MAX_ANSWER_LENGTH = 60;

    private static final BootcampInfo INFO = BootcampInfo.builder(KinshipBootcamp.class)
            .title("Family relations")
            .domain("logic")
            .tags("deduction", "kinship", "family-tree")
            .summary("Facts of the form 'X is Y's mother (father, son, daughter, brother, sister, husband, wife)' describe part"
                    + " of a four-generation family; name how one person is related to another with one term from a fixed"
                    + " list (grandmother, great-uncle, cousin, niece, sister-in-law, ...). The facts include a chain of links"
                    + " between the two people plus unrelated true facts, and the puzzle is kept only when the facts alone,"
                    + " closed under the stated rules (shared parents of siblings, spouses as co-parents, no other ties),"
                    + " give the same relation as the hidden tree. Terms are balanced across the list. CORRECT or WRONG, no"
                    + " partial credit.")
            .knob(Knob.integer("steps", 1, 4, 2, "links in the chain between the two people (the chain has this many or one fewer)"))
            .knob(Knob.integer("distractors", 0, 20, 3, "true facts about the family that the question does not need"))
            .answerShape("one kinship term from the list")
            .build();

    /** "subject is object's role", people as indices into the names. */
    public record Fact(int subject, String role, int object) {
        public Fact {
            requireNonNull(role, "role is null");
        }
    }

    /** Everyone in the hidden family, the facts shown, the two people asked about, the relation and the chain length (never shown). */
    public record Puzzle(List<String> names, List<Fact> facts, int subject, int object, String term, int steps) {
        public Puzzle {
            names = List.copyOf(names);
            facts = List.copyOf(facts);
            requireNonNull(term, "term is null");
        }
    }

    /** A term from {@link #VOCABULARY}. */
    public record Answer(String term) {
        public Answer {
            requireNonNull(term, "term is null");
        }
    }

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with("steps", Draw.scale(level, 1, 4))
                .with("distractors", Draw.scale(level, 0, 12));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        return KinshipGenerator.generate(knobs.integer("steps"), knobs.integer("distractors"), random);
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
        String subject = names.get(puzzle.subject());
        String object = names.get(puzzle.object());
        text.append("\nRules of this family: everyone has at most one husband or wife; the children of a married person are")
                .append(" also the children of their husband or wife; any brother and sister have the same two parents (there")
                .append(" are no half-siblings, step-relatives or adoptions); and nobody is married to a relative. Apart from")
                .append(" what follows from these facts and rules, nobody here is related to anybody else.\n\n")
                .append("The terms have their usual meanings. In particular: an aunt or uncle is a sister or brother of one's")
                .append(" parent, or the wife or husband of such a sister or brother; a niece or nephew is a daughter or son of")
                .append(" one's brother or sister, or of one's husband's or wife's brother or sister; a cousin is a child of one's")
                .append(" parent's brother or sister; a great-aunt or great-uncle is a sister or brother of one's grandparent; a")
                .append(" brother-in-law or sister-in-law is a brother or sister of one's husband or wife, or the husband or wife")
                .append(" of one's brother or sister.\n\n")
                .append("How is ").append(subject).append(" related to ").append(object).append("? Complete the sentence \"")
                .append(subject).append(" is ").append(object).append("'s ___\" with exactly one of these terms: ")
                .append(String.join(", ", VOCABULARY)).append('.');
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.term());
    }

    /** Capitalised, so the canonical text differs from the lower-case list of terms in the prompt. */
    @Override
    public String render(Answer answer) {
        return Character.toUpperCase(answer.term().charAt(0)) + answer.term().substring(1);
    }

    /** A term, also inside "X is Y's term", with spaces for hyphens and a leading article allowed. */
    @Override
    public Answer parse(String text) {
        if (text.length() > MAX_ANSWER_LENGTH * 4) {
            throw new AnswerFormatException("expected one kinship term, found " + text.length() + " characters");
        }
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
            return new Answer(key);
        }
        throw new AnswerFormatException("expected one of the listed kinship terms, found '" + Answers.abbreviate(text) + "'");
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (answer.term().equals(puzzle.term())) {
            return Score.correct("the relation is " + puzzle.term());
        }
        return Score.wrong("answered " + Answers.abbreviate(answer.term()) + ", which is not the relation");
    }

    /** The same relation for the other sex, and the term most easily confused with it. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        String other = OTHER_SEX.get(gold.term());
        if (other != null) {
            misses.add(new Answer(other));
        }
        String term = gold.term();
        String confused = term.endsWith("-in-law") ? term.substring(0, term.length() - "-in-law".length())
                : term.startsWith("great-") ? term.substring("great-".length())
                : VOCABULARY.contains(term + "-in-law") ? term + "-in-law" : VOCABULARY.contains("great-" + term) ? "great-" + term : null;
        if (confused != null && VOCABULARY.contains(confused)) {
            misses.add(new Answer(confused));
        }
        if (misses.isEmpty()) {
            misses.add(new Answer(Draw.pick(VOCABULARY.stream().filter(candidate -> !candidate.equals(term)).toList(), random)));
        }
        return misses;
    }

    /** Links in the chain, weighted, plus the facts to read. */
    @Override
    public double cost(Puzzle puzzle) {
        return 10.0 * puzzle.steps() + puzzle.facts().size();
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
