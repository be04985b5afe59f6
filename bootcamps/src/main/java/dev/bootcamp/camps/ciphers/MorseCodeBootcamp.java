package dev.bootcamp.camps.ciphers;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.CipherText;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Morse code: encode an English message into dots and dashes, or decode one back. */
@AutoService(Bootcamp.class)
public final class MorseCodeBootcamp extends Camp<MorseCodeBootcamp.Puzzle, MorseCodeBootcamp.Answer> {
    private static final Knob<Integer> WORDS = Knob.integer("words", 1, 200, 6, "number of words in the message");
    private static final Knob<String> DIRECTION = Knob.choice("direction", List.of("encode", "decode"), "decode", "encode text into Morse, or decode Morse into text");
    private static final Knob<Boolean> NUMBERS = Knob.flag("numbers", false, "put some whole numbers among the words");
    private static final Knob<Boolean> PUNCTUATION = Knob.flag("punctuation", false, "add commas and full stops, which have Morse codes of their own");
    private static final BootcampInfo INFO = BootcampInfo.builder(MorseCodeBootcamp.class)
            .title("Morse code")
            .domain("ciphers")
            .tags("cipher", "decoding", "encoding", "english", "morse")
            .summary("Encode a message of common English words into International Morse code, or decode Morse code back into"
                    + " the message, with the code table given and the separators stated: one space between the letters of a"
                    + " word and \" / \" between words. The lower levels encode, the higher levels decode; harder levels use"
                    + " longer messages, numbers, and commas and full stops. Morse answers are compared code by code after"
                    + " normalising spacing around the separators; decoded answers word by word ignoring case. No partial credit.")
            .knob(WORDS)
            .knob(DIRECTION)
            .knob(NUMBERS)
            .knob(PUNCTUATION)
            .answerShape("Morse code with spaces between letters and \" / \" between words when encoding; the message as words when decoding")
            .build();

    private static final String SYMBOLS = "abcdefghijklmnopqrstuvwxyz0123456789.,";
    private static final List<String> CODES = List.of(".-", "-...", "-.-.", "-..", ".", "..-.", "--.", "....", "..", ".---", "-.-",
            ".-..", "--", "-.", "---", ".--.", "--.-", ".-.", "...", "-", "..-", "...-", ".--", "-..-", "-.--", "--..", "-----",
            ".----", "..---", "...--", "....-", ".....", "-....", "--...", "---..", "----.", ".-.-.-", "--..--");
    private static final int MAX_ATTEMPTS = 100;

    /** The message as plain words (lower case, numbers and punctuation attached), its Morse code, and the direction. */
    public record Puzzle(String text, String morse, boolean decode) {
        public Puzzle {
            requireNonNull(text, "text is null");
            requireNonNull(morse, "morse is null");
        }
    }

    /**
     * Either canonical Morse (codes separated by single spaces, words by " / ") or a message (lower-case words separated
     * by single spaces); {@code morse} says which.
     */
    public record Answer(String value, boolean morse) {
        public Answer {
            requireNonNull(value, "value is null");
        }
    }

    public MorseCodeBootcamp() {
        super(INFO, Codec.of(MorseCodeBootcamp::write, MorseCodeBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(WORDS, Draw.scale(level, 2, 30))
                .with(DIRECTION, level <= 4 ? "encode" : "decode")
                .with(NUMBERS, level >= 6)
                .with(PUNCTUATION, level >= 8);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        boolean decode = knobs.get(DIRECTION).equals("decode");
        Puzzle puzzle = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            List<String> words = new ArrayList<>(CipherText.words(random, knobs.get(WORDS)));
            if (knobs.get(NUMBERS)) {
                for (int i = 0; i < words.size(); i++) {
                    if (random.nextInt(5) == 0) {
                        words.set(i, String.valueOf(random.nextInt(random.nextBoolean() ? 100 : 10_000)));
                    }
                }
            }
            String text = knobs.get(PUNCTUATION) ? CipherText.sentences(words, random).toLowerCase(Locale.ROOT) : String.join(" ", words);
            puzzle = new Puzzle(text, encode(text), decode);
            String gold = decode ? text : puzzle.morse();
            if (gold.length() <= 6 || !question(puzzle).contains(gold)) {
                return puzzle;
            }
        }
        // Only a one-word message can match a phrase of the instructions, and a different word is drawn each attempt.
        return puzzle;
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder table = new StringBuilder();
        for (int i = 0; i < SYMBOLS.length(); i++) {
            char symbol = SYMBOLS.charAt(i);
            if (Character.isLetter(symbol) || puzzle.text().indexOf(symbol) >= 0 || Character.isDigit(symbol) && hasDigit(puzzle.text())) {
                String name = symbol == '.' ? "full stop" : symbol == ',' ? "comma" : String.valueOf(Character.toUpperCase(symbol));
                table.append(name).append("  ").append(CODES.get(i)).append('\n');
            }
        }
        String format = "In this task Morse code is written with . for a dot and - for a dash, one space between the codes of the"
                + " letters of a word, and \" / \" (space, slash, space) between words. Capital letters are not distinguished.";
        if (puzzle.decode()) {
            return "International Morse code writes each letter, digit or punctuation mark as a sequence of dots and dashes:\n\n"
                    + table + "\n" + format + "\n\nDecode this message:\n" + puzzle.morse() + "\n\n"
                    + "Give the message as words separated by single spaces, with exactly the punctuation marks in the code"
                    + " (each belongs to the word it follows) and no others; capitals do not matter.";
        }
        return "International Morse code writes each letter, digit or punctuation mark as a sequence of dots and dashes:\n\n"
                + table + "\n" + format + "\n\nEncode this message"
                + (puzzle.text().contains(".") || puzzle.text().contains(",") ? " (a comma or full stop is coded as part of the word it follows)" : "")
                + ":\n" + puzzle.text() + "\n\nGive the Morse code, with a space between letters and \" / \" between words.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return puzzle.decode() ? new Answer(puzzle.text(), false) : new Answer(puzzle.morse(), true);
    }

    private static String write(Answer answer) {
        return answer.value();
    }

    /** Text with a letter or digit in it is a message; anything else must be Morse (dots, dashes, spaces, / or |). */
    private static Answer read(String text) {
        boolean message = text.chars().anyMatch(c -> c < 128 && Character.isLetterOrDigit(c));
        return message ? parseMessage(text) : parseMorse(text);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (answer.morse() != !puzzle.decode()) {
            return Score.wrong(puzzle.decode() ? "expected the decoded message, found Morse code" : "expected Morse code, found plain text");
        }
        String expected = puzzle.decode() ? puzzle.text() : puzzle.morse();
        if (answer.value().equals(expected)) {
            return Score.correct(puzzle.decode() ? "the message matches" : "the Morse code matches");
        }
        String separator = puzzle.decode() ? " " : " / ";
        List<String> expectedWords = List.of(expected.split(separator));
        List<String> foundWords = List.of(answer.value().split(separator));
        if (expectedWords.size() != foundWords.size()) {
            return Score.wrong("expected " + expectedWords.size() + " words, found " + foundWords.size());
        }
        for (int i = 0; i < expectedWords.size(); i++) {
            if (!expectedWords.get(i).equals(foundWords.get(i))) {
                return Score.wrong("word " + (i + 1) + " is '" + Answers.abbreviate(foundWords.get(i)) + "' but should be '" + expectedWords.get(i) + "'");
            }
        }
        return Score.wrong("the answer differs from the expected one");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        String text = puzzle.text();
        List<String> variants = new ArrayList<>();
        int at = firstLetter(text, random);
        char letter = text.charAt(at);
        String mirrored = mirror(CODES.get(SYMBOLS.indexOf(letter)));
        int partner = CODES.indexOf(mirrored);
        char other = partner >= 0 && SYMBOLS.charAt(partner) != letter ? SYMBOLS.charAt(partner) : letter == 'e' ? 't' : 'e';
        variants.add(text.substring(0, at) + other + text.substring(at + 1));
        variants.add(text.replace(" ", ""));
        variants.add(text.substring(0, at) + text.substring(at + 1));
        for (String variant : variants) {
            if (variant.isBlank() || variant.equals(text)) {
                continue;
            }
            misses.add(puzzle.decode() ? new Answer(variant.strip().replaceAll(" +", " "), false) : new Answer(encode(variant.strip().replaceAll(" +", " ")), true));
        }
        if (!puzzle.decode()) {
            misses.add(new Answer(mirror(puzzle.morse()), true));
            misses.add(new Answer(puzzle.morse().replace(" / ", " "), true));
        }
        misses.add(puzzle.decode() ? new Answer(puzzle.morse(), true) : new Answer(text, false));
        return misses.stream().filter(miss -> !miss.equals(gold)).distinct().toList();
    }

    /** Dots and dashes to translate, half again as many when decoding. */
    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.morse().length() * (puzzle.decode() ? 1.5 : 1.0);
    }

    private static String encode(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split(" ")) {
            List<String> codes = new ArrayList<>();
            for (char c : word.toCharArray()) {
                codes.add(CODES.get(SYMBOLS.indexOf(c)));
            }
            words.add(String.join(" ", codes));
        }
        return String.join(" / ", words);
    }

    private static Answer parseMessage(String text) {
        String body = text.strip();
        while (body.length() >= 2 && "\"'`".indexOf(body.charAt(0)) >= 0 && body.charAt(body.length() - 1) == body.charAt(0)) {
            body = body.substring(1, body.length() - 1).strip();
        }
        StringBuilder message = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = Character.toLowerCase(body.charAt(i));
            if (Character.isWhitespace(c)) {
                if (!message.isEmpty() && message.charAt(message.length() - 1) != ' ') {
                    message.append(' ');
                }
            } else if (c < 128 && SYMBOLS.indexOf(c) >= 0) {
                boolean mark = c == '.' || c == ',';
                if (mark && !message.isEmpty() && message.charAt(message.length() - 1) == ' ') {
                    message.setLength(message.length() - 1);
                }
                message.append(c);
            } else {
                throw new AnswerFormatException("expected letters, digits, commas and full stops, found '" + body.charAt(i) + "'");
            }
        }
        return new Answer(message.toString().strip(), false);
    }

    /** Dots, dashes (or their typographic look-alikes), spaces between codes and / or | between words. */
    private static Answer parseMorse(String text) {
        List<String> words = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '/';
            if (c == '.' || c == '\u00b7' || c == '\u2022') {
                code.append('.');
            } else if (c == '-' || c == '_' || c == '\u2013' || c == '\u2014' || c == '\u2212') {
                code.append('-');
            } else if (Character.isWhitespace(c) || c == '/' || c == '|') {
                if (!code.isEmpty()) {
                    codes.add(code.toString());
                    code.setLength(0);
                }
                if ((c == '/' || c == '|') && !codes.isEmpty()) {
                    words.add(String.join(" ", codes));
                    codes.clear();
                }
            } else {
                throw new AnswerFormatException("expected Morse code (dots, dashes, spaces and /), found '" + c + "'");
            }
            if (words.size() + codes.size() > Answers.MAX_ITEMS) {
                throw new AnswerFormatException("more than " + Answers.MAX_ITEMS + " codes");
            }
        }
        if (words.isEmpty()) {
            throw new AnswerFormatException("no Morse code found in '" + Answers.abbreviate(text) + "'");
        }
        return new Answer(String.join(" / ", words), true);
    }

    /** Swaps dots and dashes. */
    private static String mirror(String morse) {
        return morse.replace('.', '*').replace('-', '.').replace('*', '-');
    }

    private static int firstLetter(String text, RandomGenerator random) {
        int start = random.nextInt(text.length());
        for (int i = 0; i < text.length(); i++) {
            int at = (start + i) % text.length();
            if (Character.isLetter(text.charAt(at))) {
                return at;
            }
        }
        return 0;
    }

    private static boolean hasDigit(String text) {
        return text.chars().anyMatch(Character::isDigit);
    }
}
