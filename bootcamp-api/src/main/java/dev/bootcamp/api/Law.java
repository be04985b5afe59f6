package dev.bootcamp.api;

/** The nine laws of the contract every bootcamp passes. */
public enum Law {
    DETERMINISM("determinism"),
    GOLD_PASSES("gold passes"),
    WRONG_FAILS("wrong fails"),
    ROUND_TRIPS("round trips"),
    NO_LEAK("no leak"),
    DIVERSITY("diversity"),
    DIFFICULTY_MOVES("difficulty moves"),
    BUDGETS("budgets"),
    UNIQUENESS("uniqueness");

    private final String title;

    Law(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
