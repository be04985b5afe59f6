package dev.bootcamp.testkit;

/**
 * The laws of the contract every bootcamp passes. The last three (and the statistical parts of {@link #DIVERSITY} and
 * {@link #DIFFICULTY_MOVES}) are judged on the fixed {@link Sample}, never on the cases {@code --seeds} asks for.
 */
public enum Law {
    DETERMINISM("determinism"),
    GOLD_PASSES("gold passes"),
    WRONG_FAILS("wrong fails"),
    ROUND_TRIPS("round trips"),
    NO_LEAK("no leak"),
    DIVERSITY("diversity"),
    DIFFICULTY_MOVES("difficulty moves"),
    BUDGETS("budgets"),
    UNIQUENESS("uniqueness"),
    NO_GUESSING("no guessing"),
    VARIETY("variety"),
    REAL_DIFFICULTY("real difficulty");

    private final String title;

    Law(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
