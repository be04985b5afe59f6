package dev.bootcamp.camps.instructions;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
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

/** Section structure: named Markdown sections in a given order, each with a given number of paragraphs. */
@AutoService(Bootcamp.class)
public final class SectionStructureBootcamp extends Camp<SectionStructureBootcamp.Puzzle, SectionStructureBootcamp.Answer> {

    private static final Knob<Integer> SECTIONS = Knob.integer("sections", 1, 10, 3, "sections of the document");
    private static final Knob<Integer> MOST_PARAGRAPHS = Knob.integer("most-paragraphs", 1, 6, 2, "most paragraphs in one section");
    private static final Knob<Integer> MOST_WORDS = Knob.integer("most-words", 2, 40, 8, "most words in one paragraph");
    private static final Knob<Integer> BANK = Knob.integer("bank", 8, 80, 20, "words in the word bank");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 2, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(SectionStructureBootcamp.class)
            .title("Sections and paragraphs")
            .domain("instructions")
            .tags("instructions", "writing", "sections", "paragraphs", "markdown", "structure")
            .summary("Write a document of Markdown sections: each section is a heading line \"## Name\" with the given names "
                    + "in the given order, followed by exactly the stated number of paragraphs (separated by blank lines), "
                    + "every paragraph holding a number of words in a given range, all words from a word bank; extra rules "
                    + "from the shared pool join as the level rises. Scoring: 0 unless every core rule holds; otherwise the "
                    + "share of all rules (core and extra) that hold, CORRECT only when all hold.")
            .knob(SECTIONS)
            .knob(MOST_PARAGRAPHS)
            .knob(MOST_WORDS)
            .knob(BANK)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the document")
            .severalAnswers()
            .build();


    /**
     * Section names in order, paragraphs per section, the paragraph word range, the bank, the extras and a reference
     * document (never shown).
     */
    public record Puzzle(List<String> names, List<Integer> paragraphs, int least, int most, List<String> bank,
            List<Extra> extras, String gold) {
        public Puzzle {
            names = List.copyOf(names);
            paragraphs = List.copyOf(paragraphs);
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text written. */
    public record Answer(String text) {}

    public SectionStructureBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }


    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SECTIONS, Draw.scale(level, 1, 6))
                .with(MOST_PARAGRAPHS, Draw.scale(level, 1, 4))
                .with(MOST_WORDS, Draw.scale(level, 3, 14))
                .with(BANK, Draw.scale(level, 10, 36))
                .with(EXTRAS, Draw.scale(level, 0, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> bank = Bank.draw(random, knobs.get(BANK), List.of(), 3, 9, word -> true);
        List<String> names = Draw.sample(bank, Math.min(knobs.get(SECTIONS), bank.size()), random).stream()
                .map(name -> Character.toUpperCase(name.charAt(0)) + name.substring(1)).toList();
        int most = knobs.get(MOST_WORDS);
        int least = Math.max(1, most / 2);
        List<Integer> paragraphs = new ArrayList<>();
        List<String> blocks = new ArrayList<>();
        for (String name : names) {
            int count = Draw.between(1, knobs.get(MOST_PARAGRAPHS), random);
            paragraphs.add(count);
            blocks.add("## " + name);
            for (int i = 0; i < count; i++) {
                blocks.add(Compose.sentences(Compose.draw(bank, Draw.between(least, most, random), random), 3, 8, true, random));
            }
        }
        String gold = String.join("\n\n", blocks);
        return new Puzzle(names, paragraphs, least, most, bank, Extras.derive(gold, bank, knobs.get(EXTRAS),
                Extras.allBut(Extra.Kind.LOWER_CASE, Extra.Kind.FIRST_WORD), random), gold);
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder plan = new StringBuilder();
        for (int i = 0; i < puzzle.names().size(); i++) {
            plan.append("  ## ").append(puzzle.names().get(i)).append(" with ").append(puzzle.paragraphs().get(i))
                    .append(puzzle.paragraphs().get(i) == 1 ? " paragraph" : " paragraphs").append('\n');
        }
        return "Organise a document into sections. A section starts with a heading line made of \"## \" and the section"
                + " name, and its body is the paragraphs that follow until the next heading. Put a blank line between the"
                + " heading and each paragraph. The sections, in this order, are:\n" + plan + "Every paragraph holds between "
                + puzzle.least() + " and " + puzzle.most() + " words. Nothing may come before the first heading. Heading"
                + " names count as words too and are bank words.\n" + Text.PARAGRAPH_RULE + " " + Text.WORD_RULE + "\n"
                + Bank.instruction(puzzle.bank()) + "\n\n"
                + Rules.list(List.of("Only bank words.", "The headings are exactly the listed ones, in order.", "Each section has"
                        + " its stated number of paragraphs.", "Every paragraph has " + puzzle.least() + " to " + puzzle.most()
                        + " words."), puzzle.extras())
                + "\nDeliver the document alone, starting with its first heading line.";
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        List<String> headings = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        String stray = "";
        String length = "";
        for (String block : Text.paragraphs(text)) {
            List<String> lines = List.of(block.split("\n"));
            int start = 0;
            if (lines.get(0).startsWith("## ")) {
                headings.add(lines.get(0).substring(3).strip().toLowerCase(Locale.ROOT));
                counts.add(0);
                start = 1;
            }
            String rest = String.join("\n", lines.subList(start, lines.size()));
            if (!Text.hasWord(rest)) {
                continue;
            }
            if (counts.isEmpty() || start == 1 || rest.contains("## ")) {
                stray = stray.isEmpty() ? "text before the first heading, next to a heading or inside a heading block" : stray;
                continue;
            }
            counts.set(counts.size() - 1, counts.get(counts.size() - 1) + 1);
            int words = Text.words(rest).size();
            if (length.isEmpty() && (words < puzzle.least() || words > puzzle.most())) {
                length = "a paragraph has " + words + " words";
            }
        }
        List<String> wanted = puzzle.names().stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
        List<Outcome> core = new ArrayList<>();
        core.add(Bank.check(text, puzzle.bank()));
        core.add(Outcome.core(headings.equals(wanted) && stray.isEmpty(), stray.isEmpty() ? "headings " + headings : stray));
        core.add(Outcome.core(counts.equals(puzzle.paragraphs()), "paragraph counts " + counts + (counts.equals(puzzle.paragraphs())
                ? "" : ", wanted " + puzzle.paragraphs())));
        core.add(Outcome.core(length.isEmpty(), length.isEmpty() ? "paragraph lengths right" : length));
        return Rules.with(core, puzzle.extras(), text);
    }

    @Override
    public double cost(Puzzle puzzle) {
        int paragraphs = puzzle.paragraphs().stream().mapToInt(Integer::intValue).sum();
        return (puzzle.names().size() + paragraphs * (puzzle.least() + puzzle.most()) / 2.0) * (1.0 + puzzle.extras().size());
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
