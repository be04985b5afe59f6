package dev.bootcamp.camps.science;

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
import dev.bootcamp.camps.science.UnitConversionUnits.Quantity;
import dev.bootcamp.camps.science.UnitConversionUnits.Slot;
import dev.bootcamp.camps.science.UnitConversionUnits.Unit;
import dev.bootcamp.verify.Answers;
import dev.bootcamp.verify.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Unit conversion with compound units, by dimensional analysis from exact definitions. */
@AutoService(Bootcamp.class)
public final class UnitConversionBootcamp extends Camp<UnitConversionBootcamp.Puzzle, UnitConversionBootcamp.Answer> {
    private static final Knob<Integer> FACTORS = Knob.integer("factors", 1, 3, 1, "most unit symbols in one compound unit (m/s has 2, kg\u00b7m/s^2 has 3);"
            + " one side of each question has this many");
    private static final Knob<Integer> POOL = Knob.integer("pool", 1, 3, 1, "units available: 1 metric, 2 adds common US units and powers such as"
            + " ft^3, 3 adds rarer units (nautical mile, torr, BTU, eV, horsepower...)");
    private static final Knob<Integer> DIGITS = Knob.integer("digits", 1, 8, 2, "significant digits of the value to convert");
    private static final BootcampInfo INFO = BootcampInfo.builder(UnitConversionBootcamp.class)
            .title("Unit conversion with compound units")
            .domain("science")
            .tags("units", "dimensional-analysis", "physics", "arithmetic")
            .summary("Convert a quantity between units of the same dimension: single units at first (km to m), then"
                    + " compound units with products, quotients and powers (km/h to m/s, lbf/in^2 to kPa, ft\u00b7lbf/s to"
                    + " hp, mi/gal to km/L). Every unit involved is given by an exact definition, so the true value is an"
                    + " exact rational. The answer is a number (decimal, scientific notation or fraction; a trailing unit"
                    + " is ignored); it is CORRECT when its relative error is at most 1e-6 (one part per million), as the"
                    + " prompt states, and WRONG otherwise.")
            .knob(FACTORS)
            .knob(POOL)
            .knob(DIGITS)
            .answerShape("a number, such as 12.5 or 3.2e-7")
            .severalAnswers()
            .build();

    private static final int MAX_ANSWER = 400;
    /** Answers within this relative error of the exact value are accepted. */
    private static final Rational TOLERANCE = Rational.of(1, 1_000_000);
    private static final int GOLD_DIGITS = 12;

    /** A unit raised to a power inside a compound unit or a definition. */
    public record Factor(String symbol, int power) {
        public Factor {
            requireNonNull(symbol, "symbol is null");
        }
    }

    /** The quantity, the value as written, the units to convert from and to, and the exact result. */
    public record Puzzle(String quantity, String value, List<Factor> from, List<Factor> to, Rational exact) {
        public Puzzle {
            requireNonNull(quantity, "quantity is null");
            requireNonNull(value, "value is null");
            from = List.copyOf(from);
            to = List.copyOf(to);
            requireNonNull(exact, "exact is null");
        }
    }

    public record Answer(Rational value) {
        public Answer {
            requireNonNull(value, "value is null");
        }
    }

    public UnitConversionBootcamp() {
        super(INFO, Codec.of(UnitConversionBootcamp::write, UnitConversionBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] factors = {1, 1, 1, 2, 2, 2, 3, 3, 3, 3};
        int[] pools = {1, 1, 2, 2, 2, 3, 3, 3, 3, 3};
        int[] digits = {1, 2, 2, 3, 3, 3, 4, 4, 5, 6};
        return INFO.defaults()
                .with(FACTORS, factors[level - 1])
                .with(POOL, pools[level - 1])
                .with(DIGITS, digits[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int factors = knobs.get(FACTORS);
        int pool = knobs.get(POOL);
        int digits = knobs.get(DIGITS);
        List<Quantity> quantities = UnitConversionUnits.QUANTITIES.stream()
                .filter(quantity -> quantity.forms().stream().anyMatch(form -> form.size() == factors && UnitConversionUnits.usable(form, pool))).toList();
        while (true) {
            Quantity quantity = Draw.pick(quantities, random);
            List<List<Slot>> widest = quantity.forms().stream().filter(form -> form.size() == factors && UnitConversionUnits.usable(form, pool)).toList();
            List<List<Slot>> any = quantity.forms().stream().filter(form -> form.size() <= factors && UnitConversionUnits.usable(form, pool)).toList();
            List<Factor> from = UnitConversionUnits.instantiate(Draw.pick(widest, random), pool, random);
            List<Factor> to = UnitConversionUnits.instantiate(Draw.pick(any, random), pool, random);
            if (random.nextBoolean()) {
                List<Factor> swap = from;
                from = to;
                to = swap;
            }
            Rational ratio = UnitConversionUnits.factor(from).divide(UnitConversionUnits.factor(to));
            if (ratio.equals(Rational.ONE)) {
                continue;
            }
            BigInteger mantissa = BigInteger.valueOf(Draw.between((int) Math.pow(10, digits - 1), (int) Math.pow(10, digits) - 1, random));
            BigDecimal value = new BigDecimal(mantissa, Draw.between(Math.max(0, digits - 3), digits, random)).stripTrailingZeros();
            return new Puzzle(quantity.name(), value.toPlainString(), from, to, Rational.of(value).multiply(ratio));
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        String from = UnitConversionUnits.display(puzzle.from());
        String to = UnitConversionUnits.display(puzzle.to());
        StringBuilder text = new StringBuilder();
        text.append("Convert ").append(puzzle.value()).append(' ').append(from).append(" to ").append(to)
                .append(" (a quantity of ").append(puzzle.quantity()).append(").\n\nUse these exact definitions")
                .append(" (\u00b7 is multiplication, ^ a power, and m, kg and s are the base units):\n");
        for (Unit unit : UnitConversionUnits.definitions(puzzle.from(), puzzle.to())) {
            text.append(UnitConversionUnits.definition(unit)).append('\n');
        }
        text.append("\nGive the value in ").append(to).append(" as a number: a decimal, scientific notation such as")
                .append(" 4.5e-7 or 4.5\u00d710^-7, or an exact fraction. It is accepted when it is within one part in a")
                .append(" million of the exact value (relative error at most 10^-6), so give at least 7 significant")
                .append(" figures unless the exact value has fewer.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(gold(puzzle.exact()));
    }

    private static String write(Answer answer) {
        Rational value = answer.value();
        BigInteger denominator = value.denominator();
        while (denominator.mod(BigInteger.TWO).signum() == 0) {
            denominator = denominator.shiftRight(1);
        }
        while (denominator.mod(BigInteger.valueOf(5)).signum() == 0) {
            denominator = denominator.divide(BigInteger.valueOf(5));
        }
        if (!denominator.equals(BigInteger.ONE)) {
            return value.toString();
        }
        BigDecimal exact = new BigDecimal(value.numerator()).divide(new BigDecimal(value.denominator())).stripTrailingZeros();
        BigDecimal magnitude = exact.abs();
        boolean plain = magnitude.signum() == 0
                || magnitude.compareTo(new BigDecimal("0.0001")) >= 0 && magnitude.compareTo(new BigDecimal("1e15")) < 0;
        return plain ? exact.toPlainString() : exact.toString().replace("E+", "e").replace("E", "e");
    }

    private static Answer read(String text) {
        if (text.length() > MAX_ANSWER) {
            throw new AnswerFormatException("the answer is longer than " + MAX_ANSWER + " characters");
        }
        String body = Answers.stripDecoration(text.replace("\\(", "").replace("\\)", "")).replace("\\times", "\u00d7").replace("\\cdot", "\u00b7")
                .replace('\u2212', '-').replace("{", "").replace("}", "").strip();
        int power = body.indexOf("10^");
        if (power >= 0) {
            return new Answer(scientific(body, power));
        }
        int end = numberEnd(body);
        String rest = body.substring(end).strip();
        if (end == 0 || !unitText(rest)) {
            throw new AnswerFormatException("expected a number, found '" + Answers.abbreviate(text) + "'");
        }
        return new Answer(Answers.rational(body.substring(0, end)));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        Rational exact = puzzle.exact();
        Rational error = answer.value().subtract(exact);
        Rational relative = (error.signum() < 0 ? error.negate() : error).divide(exact);
        if (relative.compareTo(TOLERANCE) <= 0) {
            return Score.correct("within one part in a million of the exact value");
        }
        String size = relative.compareTo(Rational.of(1000)) > 0 ? "more than 1000" : String.format(Locale.ROOT, "%.2g", relative.toDouble());
        return Score.wrong("the relative error is " + size + ", above the allowed 1e-6");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        Rational exact = puzzle.exact();
        Rational ratio = UnitConversionUnits.factor(puzzle.from()).divide(UnitConversionUnits.factor(puzzle.to()));
        Rational value = exact.divide(ratio);
        List<Rational> misses = new ArrayList<>();
        misses.add(value.divide(ratio));
        misses.add(exact.multiply(Rational.of(1000)));
        misses.add(exact.divide(Rational.of(1000)));
        misses.add(exact.multiply(Rational.of(60)));
        misses.add(Rational.of(new BigDecimal(exact.numerator()).divide(new BigDecimal(exact.denominator()), new MathContext(3, RoundingMode.DOWN))));
        return misses.stream().distinct().map(miss -> new Answer(gold(miss))).filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    /**
     * Exact multiplications times operand size: one step per definition to apply (each unit of the chain down to the base
     * units) and per extra power of a unit, times the significant digits carried through them.
     */
    @Override
    public double cost(Puzzle puzzle) {
        int steps = UnitConversionUnits.definitions(puzzle.from(), puzzle.to()).size();
        for (Factor factor : puzzle.from()) {
            steps += Math.abs(factor.power()) - 1;
        }
        for (Factor factor : puzzle.to()) {
            steps += Math.abs(factor.power()) - 1;
        }
        int digits = puzzle.value().replace(".", "").replaceAll("^0+", "").length();
        return (double) Math.max(1, steps) * (1 + digits);
    }

    /** The exact value when it is a short decimal, else the value rounded to twelve significant digits. */
    private static Rational gold(Rational exact) {
        BigDecimal rounded = new BigDecimal(exact.numerator()).divide(new BigDecimal(exact.denominator()), new MathContext(GOLD_DIGITS, RoundingMode.HALF_EVEN));
        return Rational.of(rounded.stripTrailingZeros());
    }

    /** Reads {@code 4.5 x 10^-7} (with x, *, \u00d7 or \u00b7 before 10^, or 10^-7 alone) as 4.5e-7. */
    private static Rational scientific(String body, int power) {
        String before = body.substring(0, power).strip();
        String mantissa = "1";
        if (!before.isEmpty()) {
            char operator = before.charAt(before.length() - 1);
            if ("x\u00d7*\u00b7".indexOf(operator) < 0) {
                throw new AnswerFormatException("expected a number such as 4.5\u00d710^-7, found '" + Answers.abbreviate(body) + "'");
            }
            mantissa = before.substring(0, before.length() - 1).strip();
        }
        String after = body.substring(power + 3).strip();
        int end = 0;
        while (end < after.length() && (Character.isDigit(after.charAt(end)) || end == 0 && (after.charAt(0) == '-' || after.charAt(0) == '+'))) {
            end++;
        }
        String exponent = after.substring(0, end);
        if (!unitText(after.substring(end).strip()) || exponent.isEmpty() || exponent.length() > 4 || mantissa.contains("e") || mantissa.contains("E")) {
            throw new AnswerFormatException("expected a number such as 4.5\u00d710^-7, found '" + Answers.abbreviate(body) + "'");
        }
        return Answers.rational(mantissa + "e" + exponent);
    }

    /** The end of the leading number: digits, signs, a decimal point, thousands separators, an exponent, a slash. */
    private static int numberEnd(String body) {
        int end = 0;
        while (end < body.length()) {
            char c = body.charAt(end);
            boolean exponent = (c == 'e' || c == 'E') && end > 0 && Character.isDigit(body.charAt(end - 1)) && end + 1 < body.length()
                    && (Character.isDigit(body.charAt(end + 1)) || "+-".indexOf(body.charAt(end + 1)) >= 0);
            if (!(Character.isDigit(c) || ".,+-/ _".indexOf(c) >= 0 || exponent)) {
                break;
            }
            end++;
        }
        return end;
    }

    /** Whether text after the number reads as a unit (letters, powers, products and quotients), or is empty. */
    private static boolean unitText(String rest) {
        if (rest.length() > 40) {
            return false;
        }
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (!(Character.isLetter(c) || Character.isDigit(c) || " /^\u00b7*()-\u00b2\u00b3".indexOf(c) >= 0)) {
                return false;
            }
        }
        return rest.isEmpty() || Character.isLetter(rest.charAt(0));
    }
}
