package dev.bootcamp.camps.instructions;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.PersonNames;
import dev.bootcamp.camps.kit.instructions.Bank;
import dev.bootcamp.camps.kit.instructions.Compose;
import dev.bootcamp.camps.kit.instructions.Edits;
import dev.bootcamp.camps.kit.instructions.Extra;
import dev.bootcamp.camps.kit.instructions.Extras;
import dev.bootcamp.camps.kit.instructions.Outcome;
import dev.bootcamp.camps.kit.instructions.Rules;
import dev.bootcamp.camps.kit.instructions.Text;
import dev.bootcamp.camps.kit.instructions.Writing;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Dialogue script: n lines of the form NAME: speech, speakers in a given order, each speech within a word limit. */
@AutoService(Bootcamp.class)
public final class DialogueScriptBootcamp extends Camp<DialogueScriptBootcamp.Puzzle, DialogueScriptBootcamp.Answer> {

    private static final Knob<Integer> LINES = Knob.integer("lines", 2, 40, 4, "lines of the script");
    private static final Knob<Integer> SPEAKERS = Knob.integer("speakers", 2, 6, 2, "different speakers");
    private static final Knob<Integer> MOST_WORDS = Knob.integer("most-words", 1, 20, 6, "most words one speech may hold");
    private static final Knob<Integer> BANK = Knob.integer("bank", 6, 80, 16, "words in the word bank");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 2, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(DialogueScriptBootcamp.class)
            .title("Dialogue script")
            .domain("instructions")
            .tags("instructions", "writing", "dialogue", "script", "lines")
            .summary("Write a script of exactly n lines, each \"Name: speech\", the speakers following a given order, every "
                    + "speech holding between 1 and w words, all speech words from a word bank; extra rules from the shared "
                    + "pool join as the level rises. Scoring: 0 unless every core rule holds; otherwise the share of all "
                    + "rules (core and extra) that hold, CORRECT only when all hold.")
            .knob(LINES)
            .knob(SPEAKERS)
            .knob(MOST_WORDS)
            .knob(BANK)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the script, one line per speech")
            .severalAnswers()
            .build();


    /** The speaker of each line in order, the word limit, the bank, the extras and a reference script (never shown). */
    public record Puzzle(List<String> speakers, int mostWords, List<String> bank, List<Extra> extras, String gold) {
        public Puzzle {
            speakers = List.copyOf(speakers);
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text written. */
    public record Answer(String text) {}

    public DialogueScriptBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }


    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(LINES, Draw.scale(level, 2, 16))
                .with(SPEAKERS, Draw.scale(level, 2, 4))
                .with(MOST_WORDS, Draw.scale(level, 3, 9))
                .with(BANK, Draw.scale(level, 8, 36))
                .with(EXTRAS, Draw.scale(level, 0, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> bank = Bank.draw(random, knobs.get(BANK), List.of(), 2, 9, word -> true);
        List<String> cast = Draw.sample(PersonNames.ALL, knobs.get(SPEAKERS), random);
        List<String> speakers = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < knobs.get(LINES); i++) {
            String speaker = Draw.pick(cast, random);
            speakers.add(speaker);
            lines.add(speaker + ": " + Compose.sentence(Compose.draw(bank, Draw.between(1, knobs.get(MOST_WORDS), random), random), true));
        }
        String gold = String.join("\n", lines);
        return new Puzzle(speakers, knobs.get(MOST_WORDS), bank, Extras.derive(speech(gold), bank, knobs.get(EXTRAS),
                Extras.allBut(Extra.Kind.LOWER_CASE, Extra.Kind.FIRST_WORD, Extra.Kind.LETTER_ABSENT, Extra.Kind.LETTER_AT_MOST,
                        Extra.Kind.LETTER_AT_LEAST, Extra.Kind.SHORTEST_AT_LEAST, Extra.Kind.LONGEST_AT_MOST, Extra.Kind.WORDS_AT_LEAST,
                        Extra.Kind.WORDS_AT_MOST, Extra.Kind.DISTINCT_AT_LEAST, Extra.Kind.INITIAL_AT_LEAST), random), gold);
    }

    /** The speeches of a script, the speaker labels removed. */
    private static String speech(String text) {
        StringBuilder speech = new StringBuilder();
        for (String line : Text.lines(text)) {
            int colon = line.indexOf(':');
            speech.append(colon < 0 ? line : line.substring(colon + 1)).append('\n');
        }
        return speech.toString();
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Write a short play script of exactly " + puzzle.speakers().size() + " lines. Each line is the speaker's name,"
                + " a colon, and what that speaker says (for example \"Zoe: Come here now.\"). The speakers must take"
                + " their turns in exactly this order: " + String.join(", ", puzzle.speakers()) + ". Every speech holds at"
                + " least one and at most " + puzzle.mostWords() + " words, and the spoken words come from the bank (names"
                + " before the colon do not count as words of the speech). Extra rules about words apply to the speeches"
                + " only.\n" + Text.WORD_RULE + "\n" + Bank.instruction(puzzle.bank()) + "\n\n"
                + Rules.list(List.of("Only bank words in the speeches.", "Exactly " + puzzle.speakers().size() + " lines, each"
                        + " Name: speech.", "Speakers in the order given.", "Every speech has 1 to " + puzzle.mostWords()
                        + " words."), puzzle.extras())
                + "\nWrite out the script alone, one line per speech.";
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        List<String> lines = Text.lines(text);
        List<String> names = new ArrayList<>();
        String shape = "";
        String length = "";
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                shape = shape.isEmpty() ? "the line " + Text.quote(line) + " has no speaker label" : shape;
                continue;
            }
            names.add(line.substring(0, colon).strip().toLowerCase(Locale.ROOT));
            int words = Text.words(line.substring(colon + 1)).size();
            if (length.isEmpty() && (words < 1 || words > puzzle.mostWords())) {
                length = "a speech has " + words + " words";
            }
        }
        List<String> wanted = puzzle.speakers().stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
        String speech = speech(text);
        List<Outcome> core = new ArrayList<>();
        core.add(Bank.check(speech, puzzle.bank()));
        core.add(Outcome.core(shape.isEmpty() && lines.size() == wanted.size(), shape.isEmpty() ? lines.size() + " lines" : shape));
        core.add(Outcome.core(names.equals(wanted), names.equals(wanted) ? "speakers in order" : "the speakers are not in the given order"));
        core.add(Outcome.core(length.isEmpty(), length.isEmpty() ? "speech lengths right" : length));
        return Rules.with(core, puzzle.extras(), speech);
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.speakers().size() * puzzle.mostWords() * (1.0 + puzzle.extras().size());
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.gold());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return Rules.score(outcomes(puzzle, answer.text()));
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        return Edits.nearMisses(gold.text(), puzzle.bank(), text -> outcomes(puzzle, text), random).stream().map(Answer::new).toList();
    }
}
