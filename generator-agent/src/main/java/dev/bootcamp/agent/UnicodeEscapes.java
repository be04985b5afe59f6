package dev.bootcamp.agent;

/**
 * Java's first translation step (JLS 3.3), done before the static checks parse a source, so they see the program the
 * compiler sees: backslash-u-0052 followed by "untime" is {@code Runtime}, and backslash-u-000a ends a line comment.
 */
final class UnicodeEscapes {
    private UnicodeEscapes() {}

    /** The text with every unicode escape (a backslash, one or more u, four hex digits) replaced by its character. */
    static String decode(String source) {
        if (source.indexOf("\\u") < 0) {
            return source;
        }
        StringBuilder decoded = new StringBuilder(source.length());
        int backslashes = 0;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            // A backslash is eligible to start an escape only when an even number of backslashes precede it.
            if (c == '\\' && backslashes % 2 == 0 && i + 1 < source.length() && source.charAt(i + 1) == 'u') {
                int at = i + 1;
                while (at < source.length() && source.charAt(at) == 'u') {
                    at++;
                }
                if (at + 4 <= source.length() && isHex(source, at)) {
                    decoded.append((char) Integer.parseInt(source, at, at + 4, 16));
                    i = at + 4;
                    backslashes = 0;
                    continue;
                }
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
            decoded.append(c);
            i++;
        }
        return decoded.toString();
    }

    private static boolean isHex(String text, int from) {
        for (int i = from; i < from + 4; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
