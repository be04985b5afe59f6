package dev.bootcamp.camps.kit.proofs;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.verify.Answers;

/**
 * Reads formulas written by hand or by a model, bounded in length and nesting. Variables are a capital letter with
 * optional digits ({@code P}, {@code Q2}); connectives in symbols or ASCII: ¬ ~ ! - not, ∧ &amp; ^ /\ and, ∨ | \/ or,
 * → -&gt; =&gt; ⊃ implies, ↔ &lt;-&gt; &lt;=&gt; ≡ iff, ↑ nand, ↓ nor, ⊥ _|_ false. Binding from tightest: ¬, then ∧ ↑ ↓,
 * then ∨, then → (grouping to the right), then ↔; ↔, ↑ and ↓ may not be chained without parentheses, nor ∧ mixed with
 * ↑ or ↓.
 */
public final class PropParser {
    /** The longest formula text read. */
    public static final int MAX_LENGTH = 2_000;
    /** The deepest nesting of parentheses and negations read. */
    public static final int MAX_DEPTH = 60;

    private final String text;
    private int position;
    private int depth;

    private PropParser(String text) {
        this.text = text;
    }

    /** The formula, or {@link AnswerFormatException} naming the problem. */
    public static Prop parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new AnswerFormatException("a formula longer than " + MAX_LENGTH + " characters");
        }
        PropParser parser = new PropParser(text);
        Prop formula = parser.iff();
        parser.skipSpace();
        if (parser.position < text.length()) {
            throw new AnswerFormatException("unexpected '" + Answers.abbreviate(text.substring(parser.position)) + "' in formula '"
                    + Answers.abbreviate(text) + "'");
        }
        return formula;
    }

    private Prop iff() {
        Prop left = implies();
        if (accept("iff")) {
            Prop right = implies();
            if (peekOperator().equals("iff")) {
                throw error("chained ↔ needs parentheses");
            }
            return Prop.of("iff", left, right);
        }
        return left;
    }

    private Prop implies() {
        Prop left = or();
        if (accept("implies")) {
            return Prop.of("implies", left, implies());
        }
        return left;
    }

    private Prop or() {
        Prop left = and();
        while (accept("or")) {
            left = Prop.of("or", left, and());
        }
        return left;
    }

    private Prop and() {
        Prop left = unary();
        String first = peekOperator();
        if (first.equals("nand") || first.equals("nor")) {
            accept(first);
            Prop right = unary();
            String next = peekOperator();
            if (next.equals("and") || next.equals("nand") || next.equals("nor")) {
                throw error("chained ↑ or ↓ needs parentheses");
            }
            return Prop.of(first, left, right);
        }
        while (accept("and")) {
            left = Prop.of("and", left, unary());
            String next = peekOperator();
            if (next.equals("nand") || next.equals("nor")) {
                throw error("∧ next to ↑ or ↓ needs parentheses");
            }
        }
        return left;
    }

    private Prop unary() {
        if (++depth > MAX_DEPTH) {
            throw new AnswerFormatException("a formula nested deeper than " + MAX_DEPTH);
        }
        try {
            skipSpace();
            if (position >= text.length()) {
                throw error("the formula ends too early");
            }
            if (acceptNot()) {
                return Prop.not(unary());
            }
            char c = text.charAt(position);
            if (c == '(') {
                position++;
                Prop inner = iff();
                skipSpace();
                if (position >= text.length() || text.charAt(position) != ')') {
                    throw error("a missing ')'");
                }
                position++;
                return inner;
            }
            if (c == '⊥') {
                position++;
                return Prop.FALSE;
            }
            if (text.startsWith("_|_", position)) {
                position += 3;
                return Prop.FALSE;
            }
            if (word().equals("false")) {
                position += 5;
                return Prop.FALSE;
            }
            if (c >= 'A' && c <= 'Z') {
                int start = position++;
                while (position < text.length() && position - start < 4 && Character.isDigit(text.charAt(position))) {
                    position++;
                }
                if (position < text.length() && Character.isLetterOrDigit(text.charAt(position))) {
                    throw error("a variable is one capital letter, optionally followed by digits");
                }
                return Prop.var(text.substring(start, position));
            }
            throw error("expected a variable, ¬, ⊥ or '('");
        } finally {
            depth--;
        }
    }

    private boolean acceptNot() {
        char c = text.charAt(position);
        if (c == '¬' || c == '~' || c == '!' || c == '-' && !text.startsWith("->", position)) {
            position++;
            return true;
        }
        if (word().equals("not")) {
            position += 3;
            return true;
        }
        return false;
    }

    /** The lower-case word at the position (letters only), or "" when none. */
    private String word() {
        int end = position;
        while (end < text.length() && end - position < 8 && text.charAt(end) >= 'a' && text.charAt(end) <= 'z') {
            end++;
        }
        return text.substring(position, end);
    }

    /** The binary connective at the position ("" when none) and how many characters it takes, without moving. */
    private String peekOperator() {
        skipSpace();
        return operatorAt()[0];
    }

    private String[] operatorAt() {
        if (position >= text.length()) {
            return new String[] {"", "0"};
        }
        String[][] symbols = {{"<->", "iff"}, {"<=>", "iff"}, {"↔", "iff"}, {"≡", "iff"}, {"⇔", "iff"}, {"->", "implies"},
            {"=>", "implies"}, {"→", "implies"}, {"⊃", "implies"}, {"⇒", "implies"}, {"/\\", "and"}, {"&&", "and"}, {"&", "and"},
            {"∧", "and"}, {"^", "and"}, {"\\/", "or"}, {"||", "or"}, {"|", "or"}, {"∨", "or"}, {"↑", "nand"}, {"↓", "nor"}};
        for (String[] symbol : symbols) {
            if (text.startsWith(symbol[0], position)) {
                return new String[] {symbol[1], String.valueOf(symbol[0].length())};
            }
        }
        String word = word();
        return switch (word) {
            case "and", "or", "iff", "implies", "nand", "nor" -> new String[] {word, String.valueOf(word.length())};
            default -> new String[] {"", "0"};
        };
    }

    private boolean accept(String operator) {
        skipSpace();
        String[] found = operatorAt();
        if (found[0].equals(operator)) {
            position += Integer.parseInt(found[1]);
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private AnswerFormatException error(String problem) {
        return new AnswerFormatException(problem + " in formula '" + Answers.abbreviate(text) + "'");
    }
}
