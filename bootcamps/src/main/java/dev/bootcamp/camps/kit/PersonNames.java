package dev.bootcamp.camps.kit;

import java.util.ArrayList;
import java.util.List;
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
}
