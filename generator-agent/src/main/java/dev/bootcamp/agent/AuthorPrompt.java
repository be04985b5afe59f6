package dev.bootcamp.agent;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.api.BootcampInfo;
import java.util.List;
import java.util.TreeSet;

/**
 * The authoring prompt: the task, where the class goes, the SPI as written, the helpers, the contract's laws, the house
 * rules and one exemplar; in later rounds, the previous attempt and exactly what failed.
 */
public final class AuthorPrompt {
    /** Opens every authoring prompt; a scripted endpoint can tell authoring from calibration requests by it. */
    public static final String HEADING = "# Write one bootcamp for the Bootcamp framework";

    private static final List<String> LAWS = List.of(
            "determinism: the same knobs and case seed give byte-identical case JSON, on a fresh instance and on the same instance"
                    + " again (no hidden state; nothing in the output may depend on HashMap or HashSet order)",
            "gold passes: check(puzzle, solve(puzzle)) is CORRECT, and so is the whole pipeline on a response with reasoning followed"
                    + " by render(gold) wrapped as <answer>...</answer>, as \\boxed{...} or on a line 'Answer: ...'",
            "wrong fails: every near miss scores below 1; mutations of the gold text that parse to a different answer score below 1"
                    + " (unless the info declares severalAnswers()); an empty response and 'I am not sure' give NO_ANSWER, and"
                    + " '<answer>%%% ??? ###</answer>' gives MALFORMED, so parse must throw AnswerFormatException on it",
            "round trips: parse(render(a)) equals a as JSON; the puzzle and the answer survive Jackson (records of plain fields)",
            "no leak: the rendered gold answer does not appear in the prompt (when longer than six characters and not one word)",
            "diversity: at every level at least diversityFloor (default 0.5) of a fixed sample of 200 cases are distinct puzzles",
            "difficulty moves: level 10's knobs differ from level 1's, every numeric knob is monotone in the level, the mean of"
                    + " cost(puzzle) over the fixed sample never falls below 0.75 of the level below, and level 10's mean is above level 1's",
            "budgets: one generation under 2 s, one parse and check under 250 ms, a prompt under 24,000 characters; parse and check"
                    + " never throw on 10,000 hostile responses (parse throws only AnswerFormatException)",
            "uniqueness: when the info claims uniqueSolution(), countSolutions(puzzle, 2) returns exactly 1, from a solver independent"
                    + " of the generator",
            "no guessing: over 200 cases per level, one constant answer (the most common gold, '', 0, 1, yes, no, none, true, false,"
                    + " or any word of the answer shape) earns a mean reward of at most 0.05, partial credit included; a yes/no or"
                    + " pick-one task asks for a witness instead (the assignment, the cycle, every person's role)",
            "variety: over 200 cases per level, at least 95% distinct prompts from level 2 up (half at level 1) and at least"
                    + " minDistinctAnswers() (default 20; half at level 1) distinct gold answers",
            "real difficulty: cost(puzzle) measures work (search nodes, steps, instance size), never the question's length, and"
                    + " its mean at level 10 is at least 4 times its mean at level 1");

    private static final List<String> RULES = List.of(
            "One file, package dev.bootcamp.camps.<domain>, class <Name>Bootcamp: the id comes from the class name (WaterJugsBootcamp"
                    + " has id water-jugs), so build the info with BootcampInfo.builder(<Name>Bootcamp.class) and .domain(\"<domain>\").",
            "Annotate the class @AutoService(Bootcamp.class) (import com.google.auto.service.AutoService); public final class,"
                    + " public no-argument constructor (the implicit one is fine).",
            "Build on the kit: extend dev.bootcamp.camps.kit.Camp<Puzzle, Answer> with a constructor calling super(INFO, codec), where"
                    + " the codec (kit Codecs, such as Codecs.integer().map(Answer::new, Answer::value)) both renders and parses the"
                    + " answer, so info, render and parse are not written again; use kit Grid for grids and NearMisses for near misses.",
            "Declare each knob once as a typed constant (private static final Knob<Integer> SIZE = Knob.integer(...)), register it"
                    + " with .knob(SIZE) and read and write it only through the constant: knobs.get(SIZE), INFO.defaults().with(SIZE, 9).",
            "Puzzle and Answer are public records nested in the class; collections in them are List or Map with String keys, copied"
                    + " with List.copyOf / Map.copyOf in compact constructors.",
            "Stateless: static fields are final and immutable (primitives, String, records, List.of, Map.of, Set.of, the INFO);"
                    + " no static arrays, no static new ArrayList/HashMap, no non-final fields.",
            "generate draws randomness only from the RandomGenerator it is given (Draw helpers take it): no new Random(),"
                    + " Math.random, ThreadLocalRandom, SecureRandom, Collections.shuffle without a random; no clock (System.currentTimeMillis,"
                    + " nanoTime, Instant.now, LocalDate.now); it is total, so retry internally instead of throwing.",
            "No files (java.io.File*, java.nio.file), network (java.net), processes (ProcessBuilder, Runtime), reflection"
                    + " (java.lang.reflect, Class.forName), System.exit/getenv/getProperty, System.out or System.err.",
            "Imports only from the JDK, dev.bootcamp.api, dev.bootcamp.verify, dev.bootcamp.camps.kit and AutoService.",
            "atLevel starts from INFO.defaults() and sets knobs with .with(KNOB, value), usually Draw.scale(level, atOne, atTen);"
                    + " level 1 is trivial for a small model, level 10 hard for a frontier model; knob ranges allow values past level 10.",
            "question states the rules, the instance and the exact shape of the answer in plain English, never the answer, and does"
                    + " not mention answer tags or boxes (the framework appends that instruction using answerShape).",
            "parse is lenient about whitespace, case and separators and strict about content; use a kit codec or the Answers readers. check tests"
                    + " the rules wherever several answers are valid (declare .severalAnswers() and return nearMisses then) and never"
                    + " throws for anything parse returned; its detail is one short line.",
            "At most 600 lines in the file and 120 lines in a method; aim for 100-250 lines. No TODO left anywhere.",
            "House style: whole-word names, early returns, no star imports, four-space indentation, Javadoc on the class.");

    private final String spi;
    private final String helpers;
    private final String exemplarName;
    private final String exemplar;
    private final String id;
    private final String domain;

    /**
     * @param id the id the task demands, or null to let the model choose
     * @param domain the domain the task demands, or null to let the model choose
     */
    public AuthorPrompt(String spi, String helpers, String exemplarName, String exemplar, String id, String domain) {
        this.spi = requireNonNull(spi, "spi is null");
        this.helpers = requireNonNull(helpers, "helpers is null");
        this.exemplarName = requireNonNull(exemplarName, "exemplarName is null");
        this.exemplar = requireNonNull(exemplar, "exemplar is null");
        this.id = id;
        this.domain = domain;
    }

    public String first(String task) {
        return base(task) + "\n## Your reply\n\nReply with the complete Java file in one ```java code block.\n";
    }

    /** A later round: the same brief, the previous attempt and what validation said about it. */
    public String revision(String task, int round, String previousCode, String feedback) {
        StringBuilder text = new StringBuilder(base(task));
        text.append("\n## Round ").append(round).append(": your previous attempt failed validation\n\n");
        if (previousCode == null) {
            text.append("Your previous reply had no ```java code block.\n\n");
        } else {
            text.append("Your previous file:\n\n```java\n").append(previousCode.strip()).append("\n```\n\n");
        }
        text.append("What failed:\n\n").append(feedback.strip()).append("\n\n");
        text.append("## Your reply\n\nFix every failure above and reply with the complete corrected Java file in one ```java code block.\n");
        return text.toString();
    }

    private String base(String task) {
        StringBuilder text = new StringBuilder(HEADING).append("\n\n");
        text.append("A bootcamp is one Java class that generates reasoning puzzles at a chosen difficulty, solves them, and checks a"
                + " model's answers by the rules. Write the bootcamp the task below describes, as one complete Java source file that"
                + " passes the contract and the house rules.\n\n");
        text.append("## The task\n\n").append(task.strip()).append("\n\n");
        text.append("## Where it goes\n\n");
        if (id != null) {
            text.append("The id is '").append(id).append("', so the class is ").append(BootcampNaming.classNameOf(id)).append(". ");
        } else {
            text.append("Choose a short kebab-case id; the class is its words capitalised plus Bootcamp (water-jugs: WaterJugsBootcamp). ");
        }
        if (domain != null) {
            text.append("The domain is '").append(domain).append("', so the package is ").append(BootcampNaming.packageOf(domain)).append(".\n\n");
        } else {
            text.append("Choose the domain from: ").append(String.join(", ", new TreeSet<>(BootcampInfo.DOMAINS)))
                    .append("; the package is dev.bootcamp.camps.<domain>.\n\n");
        }
        text.append("## The SPI (package dev.bootcamp.api)\n\n```java\n").append(spi.strip()).append("\n```\n\n");
        text.append("## Helpers\n\n").append(helpers.strip()).append("\n\n");
        text.append("## The contract\n\nValidation runs these laws at every level 1..10 on many cases per level:\n\n");
        for (int i = 0; i < LAWS.size(); i++) {
            text.append(i + 1).append(". ").append(LAWS.get(i)).append('\n');
        }
        text.append("\n## House rules (checked statically, line by line)\n\n");
        RULES.forEach(rule -> text.append("- ").append(rule).append('\n'));
        text.append("\n## An exemplar that passes everything (").append(exemplarName).append(")\n\n```java\n").append(exemplar.strip()).append("\n```\n");
        return text.toString();
    }
}
