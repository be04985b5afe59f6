package dev.bootcamp.camps.kit.formal;

import static java.util.Objects.requireNonNull;

/** A named equation or rewrite rule {@code left = right} (read left to right when used as a rewrite rule). */
public record Rule(String name, Term left, Term right) {
    public Rule {
        requireNonNull(name, "name is null");
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
    }

    /** The rule read right to left. */
    public Rule reversed() {
        return new Rule(name, right, left);
    }

    /** {@code name: left = right}, or with {@code ->} for a rewrite rule. */
    public String render(String sign) {
        return name + ": " + left.render() + " " + sign + " " + right.render();
    }
}
