package dev.bootcamp.api;

import java.util.Map;
import java.util.SortedMap;

/**
 * Knob values as canonical JSON without a JSON library (the SPI depends on annotations only). The bytes are the ones
 * the framework's Jackson configuration writes for the same sorted map: case ids hash them, so they must not drift
 * (the core's tests compare the two).
 */
final class KnobJson {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private KnobJson() {}

    static String write(SortedMap<String, Object> values) {
        StringBuilder out = new StringBuilder(16 * values.size() + 2);
        out.append('{');
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            if (out.length() > 1) {
                out.append(',');
            }
            string(out, entry.getKey());
            out.append(':');
            value(out, entry.getValue());
        }
        return out.append('}').toString();
    }

    private static void value(StringBuilder out, Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Double number) {
            // Jackson quotes the non-finite values and writes the rest as Double.toString does.
            if (Double.isFinite(number)) {
                out.append(number.doubleValue());
            } else {
                string(out, number.toString());
            }
        } else if (value instanceof String text) {
            string(out, text);
        } else {
            throw new IllegalStateException("a knob value is an Integer, Double, String or Boolean, found "
                    + (value == null ? "null" : value.getClass().getName()));
        }
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
