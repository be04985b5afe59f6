package dev.bootcamp.api;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a bootcamp is: its identity, description and difficulty knobs.
 *
 * @param id kebab-case, unique in the catalogue, derived from the class name
 * @param title a short human title
 * @param domain one of {@link #DOMAINS}
 * @param tags free keywords, sorted
 * @param summary one paragraph: the task, how answers are checked, what partial credit means if any
 * @param version bumped whenever what a seed generates changes
 * @param knobs the difficulty parameters, in display order
 * @param answerShape the shape of the answer in words, used in the closing instruction ("nine lines of nine digits")
 * @param uniqueSolution whether every generated puzzle has exactly one solution (checked by the contract)
 * @param severalAnswers whether answers other than the reference one can be correct (the checker tests rules);
 *     the contract then relies on {@link Bootcamp#nearMisses} instead of treating every accepted mutation as a bug
 * @param diversityFloor the least fraction of distinct puzzles among cases at one level (contract law 6)
 * @param minDistinctAnswers the least number of distinct gold answers among the {@link #SAMPLE_SIZE} sampled cases of
 *     every level from 2 up (level 1 needs half as many); default {@link #DEFAULT_MIN_DISTINCT_ANSWERS}
 */
public record BootcampInfo(String id, String title, String domain, List<String> tags, String summary, int version,
        List<Knob<?>> knobs, String answerShape, boolean uniqueSolution, boolean severalAnswers, double diversityFloor,
        int minDistinctAnswers) {
    /** How many cases at one level the catalogue's statistical laws sample ({@code minDistinctAnswers} is out of these). */
    public static final int SAMPLE_SIZE = 200;
    /** Twenty distinct answers in a sample: the fewest with which one constant answer can still earn at most 5%. */
    public static final int DEFAULT_MIN_DISTINCT_ANSWERS = 20;

    /** The domains, one Java package each under {@code dev.bootcamp.camps}. */
    public static final Set<String> DOMAINS = Set.copyOf(new TreeSet<>(List.of("puzzles", "games", "logic", "spatial",
            "instructions", "planning", "proofs", "math", "science", "time", "algorithms", "graphs", "strings", "ciphers", "code", "arc")));

    public BootcampInfo {
        requireNonNull(id, "id is null");
        requireNonNull(title, "title is null");
        requireNonNull(domain, "domain is null");
        requireNonNull(summary, "summary is null");
        requireNonNull(answerShape, "answerShape is null");
        tags = List.copyOf(new TreeSet<>(tags));
        knobs = List.copyOf(knobs);
        if (!Names.isKebab(id)) {
            throw new IllegalArgumentException("bootcamp id must be kebab-case, found '" + id + "'");
        }
        if (!DOMAINS.contains(domain)) {
            throw new IllegalArgumentException("unknown domain '" + domain + "' for '" + id + "'" + Names.didYouMean(domain, DOMAINS)
                    + " domains: " + String.join(", ", new TreeSet<>(DOMAINS)));
        }
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1, found " + version);
        }
        if (!(diversityFloor >= 0 && diversityFloor <= 1)) {
            throw new IllegalArgumentException("diversityFloor must be in [0, 1], found " + diversityFloor);
        }
        if (minDistinctAnswers < 1 || minDistinctAnswers > SAMPLE_SIZE) {
            throw new IllegalArgumentException("minDistinctAnswers must be in [1, " + SAMPLE_SIZE + "], found " + minDistinctAnswers);
        }
        Knobs.defaults(knobs); // rejects duplicate names and bad defaults
    }

    /** A builder whose id is derived from the bootcamp class ({@code SudokuBootcamp} gives {@code sudoku}). */
    public static Builder builder(Class<?> bootcampClass) {
        return new Builder(Names.idOf(bootcampClass));
    }

    /** A builder for a bootcamp that has no Java class of its own (a script bootcamp). */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    public Knobs defaults() {
        return Knobs.defaults(knobs);
    }

    /** Collects the fields of a {@link BootcampInfo}; {@link #build()} validates them. */
    public static final class Builder {
        private final String id;
        private String title;
        private String domain;
        private final List<String> tags = new ArrayList<>();
        private String summary;
        private int version = 1;
        private final List<Knob<?>> knobs = new ArrayList<>();
        private String answerShape;
        private boolean uniqueSolution;
        private boolean severalAnswers;
        private double diversityFloor = 0.5;
        private int minDistinctAnswers = DEFAULT_MIN_DISTINCT_ANSWERS;

        private Builder(String id) {
            this.id = id;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder domain(String domain) {
            this.domain = domain;
            return this;
        }

        public Builder tags(String... tags) {
            this.tags.addAll(List.of(tags));
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder version(int version) {
            this.version = version;
            return this;
        }

        public Builder knob(Knob<?> knob) {
            this.knobs.add(knob);
            return this;
        }

        public Builder answerShape(String answerShape) {
            this.answerShape = answerShape;
            return this;
        }

        /** Claims every puzzle has exactly one solution; the bootcamp must then implement {@link Bootcamp#countSolutions}. */
        public Builder uniqueSolution() {
            this.uniqueSolution = true;
            return this;
        }

        /** Declares that answers other than the reference one can be correct; {@link Bootcamp#check} tests the rules. */
        public Builder severalAnswers() {
            this.severalAnswers = true;
            return this;
        }

        public Builder diversityFloor(double diversityFloor) {
            this.diversityFloor = diversityFloor;
            return this;
        }

        /**
         * The least number of distinct gold answers among the sampled cases of a level (law "variety"); lower it only
         * where the answer is a witness that many answers satisfy, so that few distinct golds cannot be guessed.
         */
        public Builder minDistinctAnswers(int minDistinctAnswers) {
            this.minDistinctAnswers = minDistinctAnswers;
            return this;
        }

        public BootcampInfo build() {
            return new BootcampInfo(id, title, domain, tags, summary, version, knobs, answerShape, uniqueSolution, severalAnswers, diversityFloor,
                    minDistinctAnswers);
        }
    }
}
