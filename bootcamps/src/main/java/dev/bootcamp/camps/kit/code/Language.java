package dev.bootcamp.camps.kit.code;

/**
 * The languages a program is written in, each with the whole-number rules its programs run under. Where real languages
 * differ the choice is stated here and in {@link #rules()}, which a prompt quotes:
 * <ul>
 *   <li>Python: {@code //} rounds down (towards minus infinity) and {@code %} takes the sign of the divisor; a negative
 *   index counts from the end of a list.</li>
 *   <li>JavaScript: division is written {@code Math.trunc(a / b)} (rounds towards zero) and {@code %} takes the sign
 *   of the dividend.</li>
 *   <li>C++: {@code int} is 32-bit two's complement and wraps around on overflow (as with {@code -fwrapv}); {@code /}
 *   rounds towards zero and {@code %} takes the sign of the dividend; assigning a vector copies it.</li>
 * </ul>
 * Python and JavaScript programs are kept within |value| &lt; 2^31 by the builders, so no big-number or
 * floating-point rounding question arises.
 */
public enum Language {
    PYTHON("Python"), JAVASCRIPT("JavaScript"), CPP("C++");

    private final String title;

    Language(String title) {
        this.title = title;
    }

    /** The language's usual name. */
    public String title() {
        return title;
    }

    /** True when whole-number division rounds down (Python), false when it rounds towards zero. */
    public boolean floorDivision() {
        return this == PYTHON;
    }

    /** True when whole numbers are 32-bit and wrap around (C++). */
    public boolean wraps() {
        return this == CPP;
    }

    /** The whole-number rules of this language, one or two English sentences for a prompt. */
    public String rules() {
        return switch (this) {
            case PYTHON -> "Whole numbers are unbounded; a // b divides and rounds down (so -7 // 2 is -4) and a % b has"
                    + " the sign of b (so -7 % 2 is 1).";
            case JAVASCRIPT -> "All numbers here are whole; Math.trunc(a / b) divides and rounds towards zero (so"
                    + " Math.trunc(-7 / 2) is -3) and a % b has the sign of a (so -7 % 2 is -1).";
            case CPP -> "An int is 32 bits (two's complement) and arithmetic wraps around on overflow, modulo 2^32 (so"
                    + " 2147483647 + 1 is -2147483648); a / b rounds towards zero (so -7 / 2 is -3) and a % b has the sign"
                    + " of a (so -7 % 2 is -1). Standard headers and 'using namespace std' are assumed.";
        };
    }
}
