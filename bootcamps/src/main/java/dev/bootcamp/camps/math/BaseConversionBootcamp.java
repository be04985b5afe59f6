package dev.bootcamp.camps.math;

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
import dev.bootcamp.camps.kit.NumberAnswers;
import dev.bootcamp.verify.Answers;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Convert a whole number from one base to another, bases 2 to 36. */
@AutoService(Bootcamp.class)
public final class BaseConversionBootcamp extends Camp<BaseConversionBootcamp.Puzzle, BaseConversionBootcamp.Answer> {
    private static final Knob<Integer> BITS = Knob.integer("bits", 3, 256, 12, "size of the number in bits");
    private static final Knob<String> BASES = Knob.choice("bases", List.of("binary-decimal", "common", "any"), "common",
            "which bases appear: binary and decimal; 2, 8, 10 and 16; or any two of 2..36");
    private static final BootcampInfo INFO = BootcampInfo.builder(BaseConversionBootcamp.class)
            .title("Base conversion")
            .version(2)
            .domain("math")
            .tags("number-systems", "positional-notation", "arithmetic")
            .summary("Convert a non-negative whole number written in one base (2 to 36, digits 0-9 then a-z) into another"
                    + " base. Letters are read in either case, and spaces, underscores, leading zeros and a 0x, 0o or 0b"
                    + " prefix are ignored. CORRECT when every digit is valid in the target base and the value is right;"
                    + " WRONG otherwise.")
            .knob(BITS)
            .knob(BASES)
            .answerShape("the digits of the number in the target base (0-9, then letters a-z for 10-35), with no prefix")
            .build();

    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final List<Integer> COMMON = List.of(2, 8, 10, 16);
    private static final int MAX_ANSWER = 400;

    /** The value, the bases, and its digits in both bases. */
    public record Puzzle(BigInteger value, int fromBase, int toBase, String source, String target) {
        public Puzzle {
            requireNonNull(value, "value is null");
            requireNonNull(source, "source is null");
            requireNonNull(target, "target is null");
        }
    }

    /** The digits, lower case, without leading zeros. */
    public record Answer(String digits) {
        public Answer {
            requireNonNull(digits, "digits is null");
        }
    }

    public BaseConversionBootcamp() {
        super(INFO, Codec.of(Answer::digits, BaseConversionBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(BITS, Draw.scale(level, 8, 56))
                .with(BASES, level <= 2 ? "binary-decimal" : level <= 5 ? "common" : "any");
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int bits = knobs.get(BITS);
        String bases = knobs.get(BASES);
        while (true) {
            int from;
            int to;
            if (bases.equals("binary-decimal")) {
                from = random.nextBoolean() ? 2 : 10;
                to = 12 - from;
            } else if (bases.equals("common")) {
                List<Integer> pair = Draw.sample(COMMON, 2, random);
                from = pair.get(0);
                to = pair.get(1);
            } else {
                from = Draw.between(2, 36, random);
                to = Draw.between(2, 35, random);
                to = to >= from ? to + 1 : to;
            }
            BigInteger value = BigInteger.ONE;
            for (int bit = 1; bit < bits; bit++) {
                value = value.shiftLeft(1).add(random.nextBoolean() ? BigInteger.ONE : BigInteger.ZERO);
            }
            Puzzle puzzle = new Puzzle(value, from, to, value.toString(from), value.toString(to));
            if (puzzle.target().length() <= 6 || !question(puzzle).contains(puzzle.target())) {
                return puzzle;
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder("Convert the number ").append(puzzle.source()).append(", written in ")
                .append(baseName(puzzle.fromBase())).append(", to ").append(baseName(puzzle.toBase())).append(".\n\n");
        if (Math.max(puzzle.fromBase(), puzzle.toBase()) > 10) {
            text.append("Digits beyond 9 are the letters a = 10, b = 11, c = 12 and so on up to z = 35. ");
        }
        text.append("Write only the digits of the result in ").append(baseName(puzzle.toBase()))
                .append(", with no prefix, subscript or leading zeros.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.target());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        for (int i = 0; i < answer.digits().length(); i++) {
            int digit = DIGITS.indexOf(answer.digits().charAt(i));
            if (digit < 0 || digit >= puzzle.toBase()) {
                return Score.wrong("'" + answer.digits().charAt(i) + "' is not a digit in base " + puzzle.toBase());
            }
        }
        if (answer.digits().equals(puzzle.target())) {
            return Score.correct("the value is right");
        }
        return Score.wrong("in base " + puzzle.toBase() + ", " + Answers.abbreviate(answer.digits()) + " is not the number asked for");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        String target = puzzle.target();
        int base = puzzle.toBase();
        List<String> misses = new ArrayList<>();
        misses.add(puzzle.value().add(BigInteger.ONE).toString(base));
        misses.add(new StringBuilder(target).reverse().toString().replaceFirst("^0+(?=.)", ""));
        int at = random.nextInt(target.length());
        int digit = DIGITS.indexOf(target.charAt(at));
        misses.add((target.substring(0, at) + DIGITS.charAt((digit + 1) % base) + target.substring(at + 1)).replaceFirst("^0+(?=.)", ""));
        misses.add(puzzle.source());
        misses.add(target + "0");
        return NumberAnswers.misses(target, misses, Answer::new);
    }

    @Override
    public double cost(Puzzle puzzle) {
        boolean powersOfTwo = Integer.bitCount(puzzle.fromBase()) == 1 && Integer.bitCount(puzzle.toBase()) == 1;
        return puzzle.value().bitLength() * (powersOfTwo ? 1.0 : 2.0);
    }

    private static String baseName(int base) {
        return switch (base) {
            case 2 -> "base 2 (binary)";
            case 8 -> "base 8 (octal)";
            case 10 -> "base 10 (decimal)";
            case 16 -> "base 16 (hexadecimal)";
            default -> "base " + base;
        };
    }

    private static Answer read(String text) {
        NumberAnswers.capped(text, MAX_ANSWER);
        String body = Answers.stripDecoration(text).toLowerCase(Locale.ROOT);
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == ' ' || c == '_' || c == '\u00a0') {
                continue;
            }
            if (DIGITS.indexOf(c) < 0) {
                throw new AnswerFormatException("expected digits 0-9 and letters a-z, found '" + Answers.abbreviate(text) + "'");
            }
            digits.append(c);
        }
        String result = digits.toString();
        if (result.length() > 2 && result.charAt(0) == '0' && "xob".indexOf(result.charAt(1)) >= 0) {
            result = result.substring(2);
        }
        if (result.isEmpty()) {
            throw new AnswerFormatException("no digits found");
        }
        return new Answer(result.replaceFirst("^0+(?=.)", ""));
    }
}
