package dev.bootcamp.camps.kit;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** First names for puzzles about people: short, common, easy to tell apart, each a single capitalised word. */
public final class PersonNames {
    /** Women's names, sorted. */
    public static final List<String> FEMALE = List.of("Alice", "Bella", "Carmen", "Diana", "Elena", "Fiona", "Greta",
            "Hannah", "Irene", "Julia", "Kira", "Laura", "Maria", "Nadia", "Olga", "Paula", "Rosa", "Sofia", "Tara",
            "Una", "Vera", "Wendy", "Yara", "Zoe");
    /** Men's names, sorted. */
    public static final List<String> MALE = List.of("Adam", "Bruno", "Carl", "David", "Ethan", "Felix", "George", "Hugo",
            "Ivan", "Jonas", "Kevin", "Leon", "Marco", "Nathan", "Oscar", "Peter", "Quentin", "Ravi", "Samuel", "Tomas",
            "Umar", "Victor", "Walter", "Yusuf");
    /** Every name, sorted. */
    public static final List<String> ALL = merged();

    private PersonNames() {}

    /** {@code count} distinct names from {@link #ALL}, sorted alphabetically. */
    public static List<String> sorted(int count, RandomGenerator random) {
        List<String> names = new ArrayList<>(Draw.sample(ALL, count, random));
        names.sort(null);
        return List.copyOf(names);
    }

    private static List<String> merged() {
        List<String> names = new ArrayList<>(FEMALE);
        names.addAll(MALE);
        names.sort(null);
        return List.copyOf(names);
    }

    /** A name as the puzzles write it: first letter upper case, the rest lower case. */
    public static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * People in order (a ranking, a seating), written joined by ", " and read split on whitespace, commas, semicolons and
     * {@code separators}, capitalisation ignored; each name is letters only, at most 20 of them, and at most 40 names.
     */
    public static Codec<List<String>> order(String separators) {
        return Codec.of(names -> String.join(", ", names), text -> {
            List<String> names = new ArrayList<>();
            for (String token : Answers.tokens(text, separators)) {
                if (token.length() > 20 || !token.chars().allMatch(Character::isLetter)) {
                    throw new AnswerFormatException("expected a name, found '" + Answers.abbreviate(token) + "'");
                }
                names.add(capitalised(token));
                if (names.size() > 40) {
                    throw new AnswerFormatException("more than 40 names");
                }
            }
            if (names.isEmpty()) {
                throw new AnswerFormatException("no names found");
            }
            return List.copyOf(names);
        });
    }
}
