package dev.bootcamp.testkit;

import dev.bootcamp.api.AnswerStyle;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.core.Cases;
import dev.bootcamp.core.Json;
import dev.bootcamp.core.Seeds;
import dev.bootcamp.core.TypedBootcamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The fixed sample the statistical laws judge: {@link #SIZE} cases at one level from {@link #SEED}, which no option
 * changes, so {@code check --seeds 1} and {@code check --seeds 500} judge the same cases and a quick check cannot fail
 * by chance. Drawn once per level and measured once; every statistical law reads the resulting {@link Figures}.
 */
public final class Sample {
    /** Cases per level. */
    public static final int SIZE = BootcampInfo.SAMPLE_SIZE;
    /** The run seed of the sample; case i of level L has seed {@code Seeds.caseSeed(SEED, id, L * 100_000 + i)}. */
    public static final long SEED = 20_251_126L;
    /** Answers a policy can give without reading the question; the words of the answer shape are tried as well. */
    public static final List<String> TRIVIAL_ANSWERS = List.of("", "0", "1", "yes", "no", "none", "true", "false");

    private Sample() {}

    /**
     * What the sample of one level shows.
     *
     * @param level the level
     * @param cases cases drawn (those that could not be made are counted in {@code unmade} and left out of the rest)
     * @param unmade cases whose generation, solving, rendering or cost threw (the per-case laws report why)
     * @param distinctPrompts distinct prompts among the cases
     * @param distinctPuzzles distinct puzzles (as JSON) among the cases
     * @param distinctAnswers distinct rendered gold answers among the cases
     * @param commonAnswer the most common rendered gold answer
     * @param meanCost the mean of {@link Bootcamp#cost}
     * @param costIsQuestionLength whether {@code cost} equalled the question's length on every case (the default)
     * @param bestGuess the constant answer with the highest mean reward
     * @param bestGuessReward that mean reward, through the full response pipeline, partial credit included
     */
    public record Figures(int level, int cases, int unmade, int distinctPrompts, int distinctPuzzles, int distinctAnswers,
            String commonAnswer, double meanCost, boolean costIsQuestionLength, String bestGuess, double bestGuessReward) {}

    /** Draws and measures the sample of one level. */
    public static <P, A> Figures measure(TypedBootcamp<P, A> typed, int level, Knobs knobs) {
        Bootcamp<P, A> bootcamp = typed.bootcamp();
        BootcampInfo info = typed.info();
        List<P> puzzles = new ArrayList<>();
        Set<String> prompts = new HashSet<>();
        Set<String> puzzleJson = new HashSet<>();
        Map<String, Integer> answers = new HashMap<>();
        double costSum = 0;
        boolean questionLength = true;
        int unmade = 0;
        for (int i = 0; i < SIZE; i++) {
            long seed = Seeds.caseSeed(SEED, info.id(), level * 100_000L + i);
            try {
                P puzzle = typed.generate(knobs, seed);
                String question = bootcamp.question(puzzle);
                String answer = bootcamp.render(bootcamp.solve(puzzle));
                double cost = bootcamp.cost(puzzle);
                puzzles.add(puzzle);
                prompts.add(Cases.prompt(question, AnswerStyle.TAGS, info.answerShape()));
                puzzleJson.add(Json.write(puzzle));
                answers.merge(answer, 1, Integer::sum);
                costSum += cost;
                questionLength &= cost == question.length();
            } catch (RuntimeException e) {
                unmade++;
            }
        }
        if (puzzles.isEmpty()) {
            return new Figures(level, 0, unmade, 0, 0, 0, "", Double.NaN, false, "", 0);
        }
        String common = mostCommon(answers);
        String bestGuess = "";
        double bestReward = -1;
        for (String guess : guesses(common, info.answerShape())) {
            double sum = 0;
            String response = AnswerStyle.TAGS.wrap(guess);
            for (P puzzle : puzzles) {
                sum += typed.verify(puzzle, response, AnswerStyle.TAGS).reward();
            }
            double mean = sum / puzzles.size();
            if (mean > bestReward) {
                bestReward = mean;
                bestGuess = guess;
            }
        }
        return new Figures(level, puzzles.size(), unmade, prompts.size(), puzzleJson.size(), answers.size(), common,
                costSum / puzzles.size(), questionLength, bestGuess, bestReward);
    }

    /** The key with the highest count; the smallest such key on a tie, so the figure is deterministic. */
    private static String mostCommon(Map<String, Integer> counts) {
        String best = null;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            int count = entry.getValue();
            if (best == null || count > counts.get(best) || count == counts.get(best) && entry.getKey().compareTo(best) < 0) {
                best = entry.getKey();
            }
        }
        return best;
    }

    /**
     * The constant answers tried: the most common gold, the {@link #TRIVIAL_ANSWERS}, and each word of the answer shape
     * (so "one word: tautology, contradiction or contingent" has each of its options tried).
     */
    static List<String> guesses(String commonAnswer, String answerShape) {
        Set<String> guesses = new LinkedHashSet<>();
        guesses.add(commonAnswer);
        guesses.addAll(TRIVIAL_ANSWERS);
        for (String word : answerShape.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (!word.isEmpty()) {
                guesses.add(word);
            }
        }
        return List.copyOf(guesses);
    }

    /** One line of at most 60 characters, for messages. */
    static String abbreviate(String text) {
        String flat = text.replace('\n', ' ');
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }
}
