package dev.bootcamp.api;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * One typed difficulty parameter of a bootcamp. Declare each knob once, as a constant, and read it through that
 * constant so the compiler checks the type: {@code static final Knob<Integer> SIZE = Knob.integer("size", ...)}, then
 * {@code knobs.get(SIZE)} and {@code defaults.with(SIZE, 9)}.
 *
 * @param name kebab-case name used on the command line ({@code --set name=value}) and in case records
 * @param kind the value type
 * @param min inclusive lower bound for {@link Kind#INT} and {@link Kind#DOUBLE}; unused otherwise
 * @param max inclusive upper bound for {@link Kind#INT} and {@link Kind#DOUBLE}; unused otherwise
 * @param defaultValue an {@code Integer}, {@code Double}, {@code String} or {@code Boolean} matching the kind
 * @param choices the allowed values of a {@link Kind#CHOICE}; empty otherwise
 * @param meaning one line saying what the knob does
 * @param <T> the value type: {@code Integer}, {@code Double}, {@code String} or {@code Boolean}
 */
public record Knob<T>(String name, Kind kind, double min, double max, T defaultValue, List<String> choices, String meaning) {
    /** The value type of a knob. */
    public enum Kind {
        INT, DOUBLE, CHOICE, BOOL;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Knob {
        requireNonNull(name, "name is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(defaultValue, "defaultValue is null");
        requireNonNull(meaning, "meaning is null");
        choices = List.copyOf(choices);
        if (!Names.isKebab(name)) {
            throw new IllegalArgumentException("knob name must be kebab-case, found '" + name + "'");
        }
        if (min > max) {
            throw new IllegalArgumentException("knob '" + name + "' has min " + min + " above max " + max);
        }
        if (kind == Kind.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("choice knob '" + name + "' has no choices");
        }
    }

    public static Knob<Integer> integer(String name, int min, int max, int defaultValue, String meaning) {
        Knob<Integer> knob = new Knob<>(name, Kind.INT, min, max, defaultValue, List.of(), meaning);
        knob.validate(defaultValue);
        return knob;
    }

    public static Knob<Double> decimal(String name, double min, double max, double defaultValue, String meaning) {
        Knob<Double> knob = new Knob<>(name, Kind.DOUBLE, min, max, defaultValue, List.of(), meaning);
        knob.validate(defaultValue);
        return knob;
    }

    public static Knob<String> choice(String name, List<String> choices, String defaultValue, String meaning) {
        Knob<String> knob = new Knob<>(name, Kind.CHOICE, 0, 0, defaultValue, choices, meaning);
        knob.validate(defaultValue);
        return knob;
    }

    public static Knob<Boolean> flag(String name, boolean defaultValue, String meaning) {
        return new Knob<>(name, Kind.BOOL, 0, 1, defaultValue, List.of(), meaning);
    }

    /** Reads a value typed by a user, for example from {@code --set size=9}. */
    public Object parse(String text) {
        String trimmed = text.trim();
        try {
            return switch (kind) {
                case INT -> validate(Integer.parseInt(trimmed));
                case DOUBLE -> validate(Double.parseDouble(trimmed));
                case CHOICE -> validate(choices.stream().filter(choice -> choice.equalsIgnoreCase(trimmed)).findFirst().orElse(trimmed));
                case BOOL -> validate(parseBoolean(trimmed));
            };
        } catch (NumberFormatException e) {
            throw new ConfigurationException("knob '" + name + "' takes " + allowed() + ", found '" + text + "'");
        }
    }

    /** Checks a typed value (as produced by JSON or code) and returns it in canonical Java type. */
    public Object validate(Object value) {
        requireNonNull(value, "value of knob '" + name + "' is null");
        switch (kind) {
            case INT -> {
                if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())
                        || number.doubleValue() < min || number.doubleValue() > max) {
                    throw wrongValue(value);
                }
                return number.intValue();
            }
            case DOUBLE -> {
                if (!(value instanceof Number number) || number.doubleValue() < min || number.doubleValue() > max
                        || Double.isNaN(number.doubleValue())) {
                    throw wrongValue(value);
                }
                return number.doubleValue();
            }
            case CHOICE -> {
                if (!(value instanceof String string) || !choices.contains(string)) {
                    // The allowed values are listed; a near spelling is worth naming only for words, not numbers.
                    boolean word = value instanceof String string && string.chars().anyMatch(Character::isLetter);
                    throw new ConfigurationException("knob '" + name + "' takes " + allowed() + ", found '" + value + "'"
                            + (word ? Names.didYouMean((String) value, choices) : ""));
                }
                return value;
            }
            case BOOL -> {
                if (!(value instanceof Boolean)) {
                    throw wrongValue(value);
                }
                return value;
            }
        }
        throw new AssertionError(kind);
    }

    /** The allowed values in words, for example {@code an integer in 4..9}. */
    public String allowed() {
        return switch (kind) {
            case INT -> "an integer in " + (long) min + ".." + (long) max;
            case DOUBLE -> "a number in " + min + ".." + max;
            case CHOICE -> "one of " + String.join(", ", choices);
            case BOOL -> "true or false";
        };
    }

    private ConfigurationException wrongValue(Object value) {
        return new ConfigurationException("knob '" + name + "' takes " + allowed() + ", found '" + value + "'");
    }

    private Boolean parseBoolean(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new ConfigurationException("knob '" + name + "' takes true or false, found '" + text + "'");
        };
    }
}
