package dev.bootcamp.camps.time;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Prose;
import dev.bootcamp.verify.Answers;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Calendar arithmetic in the Gregorian calendar: weekdays, dates some days or months away, days between dates. */
@AutoService(Bootcamp.class)
public final class CalendarArithmeticBootcamp extends Camp<CalendarArithmeticBootcamp.Puzzle, CalendarArithmeticBootcamp.Answer> {
    private static final Knob<Integer> KIND_SET = Knob.integer("kinds", 1, 5, 3, "hardest question kind: 1 weekdays after days, 2 date after days, 3 days"
            + " between, 4 weekdays of dates, 5 date after years, months and days; a case draws one of the three"
            + " hardest kinds allowed");
    private static final Knob<Integer> SPAN = Knob.integer("span", 7, 200_000, 400, "largest number of days added or between the dates");
    private static final Knob<Integer> SPREAD = Knob.integer("spread", 0, 400, 20, "dates start within this many years of the year 2000");
    private static final BootcampInfo INFO = BootcampInfo.builder(CalendarArithmeticBootcamp.class)
            .title("Calendar arithmetic")
            .domain("time")
            .tags("dates", "calendar", "leap-years", "weekdays", "modular-arithmetic")
            .summary("Questions about the (proleptic) Gregorian calendar: the weekdays three different numbers of days"
                    + " before or after a date whose weekday is given, the date some days before or after a date, the"
                    + " number of days between two dates, the weekdays of three dates with no reference given, and the"
                    + " date some years, months and days later with"
                    + " month-end clamping stated. The reference answer comes from java.time and is cross-checked by an"
                    + " independent day-count formula. The answer is a date (YYYY-MM-DD or a written date), three weekday"
                    + " names in order (all three must be right, so a constant weekday earns nothing) or a whole number,"
                    + " compared exactly: anything else is WRONG.")
            .knob(KIND_SET)
            .knob(SPAN)
            .knob(SPREAD)
            .version(2)
            .answerShape("a date as YYYY-MM-DD, three days of the week separated by commas, or a whole number of days, as the question asks")
            .uniqueSolution()
            .build();

    private static final int MAX_ANSWER = 100;
    /** Weekday questions ask for this many weekdays at once, all-or-nothing, so that guessing one weekday pays 1 in 343. */
    private static final int WEEKDAYS_ASKED = 3;
    private static final List<String> KINDS = List.of("weekday-after", "date-after", "days-between", "weekday", "date-after-period");

    /**
     * One question: its kind, the dates in it (ISO text; {@code end} is empty unless two dates are given), the signed
     * number of days, the years and months added, and the canonical answer. Weekday kinds ask about several items:
     * {@code offsets} are the signed day counts of weekday-after (the first equals {@code days}), {@code dates} the
     * dates of weekday (the first equals {@code start}); both are empty for the other kinds.
     */
    public record Puzzle(String kind, String start, String end, long days, int years, int months, List<Long> offsets,
            List<String> dates, String answer) {
        public Puzzle {
            requireNonNull(kind, "kind is null");
            requireNonNull(start, "start is null");
            requireNonNull(end, "end is null");
            offsets = List.copyOf(offsets);
            dates = List.copyOf(dates);
            requireNonNull(answer, "answer is null");
        }
    }

    /** A date as YYYY-MM-DD, weekdays such as "Monday, Friday, Sunday", or an integer. */
    public record Answer(String value) {
        public Answer {
            requireNonNull(value, "value is null");
        }
    }

    public CalendarArithmeticBootcamp() {
        super(INFO, Codec.of(CalendarArithmeticBootcamp::write, CalendarArithmeticBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] kinds = {1, 2, 2, 3, 3, 4, 4, 5, 5, 5};
        int[] spans = {10, 30, 100, 400, 1000, 3000, 10_000, 30_000, 60_000, 120_000};
        int[] spreads = {0, 5, 10, 20, 40, 60, 100, 150, 250, 400};
        return INFO.defaults()
                .with(KIND_SET, kinds[level - 1])
                .with(SPAN, spans[level - 1])
                .with(SPREAD, spreads[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int hardest = knobs.get(KIND_SET);
        String kind = KINDS.get(Draw.between(Math.max(1, hardest - 2), hardest, random) - 1);
        int spread = knobs.get(SPREAD);
        int span = knobs.get(SPAN);
        LocalDate start = date(spread, random);
        long days = Draw.between(1, span, random);
        if (random.nextBoolean() && !kind.equals("days-between") && !kind.equals("date-after-period")) {
            days = -days;
        }
        return switch (kind) {
            case "weekday-after" -> {
                List<Long> offsets = new ArrayList<>();
                while (offsets.size() < WEEKDAYS_ASKED) {
                    long offset = Draw.between(1, span, random) * (random.nextBoolean() ? 1L : -1L);
                    if (offset % 7 != 0 && !offsets.contains(offset)) {
                        offsets.add(offset);
                    }
                }
                List<String> names = offsets.stream().map(offset -> weekday(start.plusDays(offset))).toList();
                yield new Puzzle(kind, start.toString(), "", offsets.get(0), 0, 0, offsets, List.of(), String.join(", ", names));
            }
            case "date-after" -> new Puzzle(kind, start.toString(), "", days, 0, 0, List.of(), List.of(), start.plusDays(days).toString());
            case "days-between" -> new Puzzle(kind, start.toString(), start.plusDays(days).toString(), days, 0, 0, List.of(), List.of(),
                    String.valueOf(days));
            case "weekday" -> {
                List<String> dates = new ArrayList<>(List.of(start.toString()));
                while (dates.size() < WEEKDAYS_ASKED) {
                    String next = date(spread, random).toString();
                    if (!dates.contains(next)) {
                        dates.add(next);
                    }
                }
                List<String> names = dates.stream().map(date -> weekday(LocalDate.parse(date))).toList();
                yield new Puzzle(kind, start.toString(), "", 0, 0, 0, List.of(), dates, String.join(", ", names));
            }
            default -> {
                LocalDate from = random.nextInt(4) == 0 ? start.withDayOfMonth(start.lengthOfMonth()) : start;
                int years = Draw.between(0, span / 365, random);
                int months = Draw.between(1, 11, random);
                int extra = Draw.between(0, Math.min(span, 60), random);
                LocalDate result = from.plusYears(years).plusMonths(months).plusDays(extra);
                yield new Puzzle(kind, from.toString(), "", extra, years, months, List.of(), List.of(), result.toString());
            }
        };
    }

    /** A day in a year within {@code spread} years of 2000. */
    private static LocalDate date(int spread, RandomGenerator random) {
        return LocalDate.of(2000 + Draw.between(-spread, spread, random), 1, 1).plusDays(random.nextInt(365));
    }

    @Override
    public String question(Puzzle puzzle) {
        String start = written(puzzle.start());
        long days = Math.abs(puzzle.days());
        String direction = puzzle.days() < 0 ? "before" : "after";
        String text = switch (puzzle.kind()) {
            case "weekday-after" -> start + " is a " + weekday(LocalDate.parse(puzzle.start())) + ". On what day of the week"
                    + " does each of these dates fall?\n\n" + Prose.numbered(puzzle.offsets().stream().map(offset -> Math.abs(offset)
                    + (Math.abs(offset) == 1 ? " day " : " days ") + (offset < 0 ? "before " : "after ") + start).toList())
                    + "\nAnswer with the " + WEEKDAYS_ASKED + " days of the week in this order, separated by commas.";
            case "date-after" -> "What is the date " + days + (days == 1 ? " day " : " days ") + direction + " " + start
                    + "?\n\nAnswer with the date in the form YYYY-MM-DD.";
            case "days-between" -> "How many days are there from " + start + " to " + written(puzzle.end()) + "? Count the"
                    + " days you must add to the first date to reach the second (from a date to the next day is 1 day).\n\n"
                    + "Answer with a whole number.";
            case "weekday" -> "On what day of the week does each of these dates fall?\n\n"
                    + Prose.numbered(puzzle.dates().stream().map(CalendarArithmeticBootcamp::written).toList())
                    + "\nAnswer with the " + WEEKDAYS_ASKED + " days of the week in this order, separated by commas.";
            default -> "What date is " + puzzle.years() + (puzzle.years() == 1 ? " year, " : " years, ") + puzzle.months()
                    + (puzzle.months() == 1 ? " month" : " months") + " and " + puzzle.days() + (puzzle.days() == 1 ? " day" : " days")
                    + " after " + start + "? Add the years first, then the months, then the days. Whenever adding years or"
                    + " months lands on a day that does not exist in that month (such as 30 February), move back to the"
                    + " last day of that month before going on.\n\nAnswer with the date in the form YYYY-MM-DD.";
        };
        return "Use the Gregorian calendar (extended to all years: a year is a leap year when it is divisible by 4, except"
                + " years divisible by 100 but not by 400).\n\n" + text;
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.answer());
    }

    private static String write(Answer answer) {
        return answer.value();
    }

    private static Answer read(String text) {
        if (text.length() > MAX_ANSWER) {
            throw new AnswerFormatException("the answer is longer than " + MAX_ANSWER + " characters");
        }
        String body = Answers.normalize(text);
        List<String> days = new ArrayList<>();
        for (String token : Answers.tokens(body)) {
            days.add(weekdayName(token.replaceAll("^\\d+[.)]$", "")));
        }
        days.removeIf(day -> day != null && day.isEmpty());
        if (!days.isEmpty() && !days.contains(null)) {
            return new Answer(String.join(", ", days));
        }
        if (body.matches("\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}")) {
            String[] parts = body.split("[-/.]");
            return new Answer(date(parts[0], Integer.parseInt(parts[1]), parts[2]).toString());
        }
        List<String> words = Answers.tokens(body);
        if (words.size() == 3 && words.stream().anyMatch(word -> month(word) > 0)) {
            boolean monthFirst = month(words.get(0)) > 0;
            String day = monthFirst ? words.get(1) : words.get(0);
            int month = month(monthFirst ? words.get(0) : words.get(1));
            return new Answer(date(words.get(2), month, day.replaceAll("(st|nd|rd|th)$", "")).toString());
        }
        String number = body.replaceAll("\\s*days?$", "");
        return new Answer(Answers.integer(number).toString());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (answer.value().equals(puzzle.answer())) {
            return Score.correct("the answer is " + puzzle.answer());
        }
        return Score.wrong("found " + Answers.abbreviate(answer.value()) + ", which is not the " + expected(puzzle));
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> misses = new ArrayList<>();
        switch (puzzle.kind()) {
            case "weekday-after", "weekday" -> {
                List<String> days = List.of(gold.value().split(", "));
                for (int shift : new int[] {1, -1}) {
                    List<String> shifted = new ArrayList<>(days);
                    int at = random.nextInt(days.size());
                    shifted.set(at, weekday(DayOfWeek.valueOf(days.get(at).toUpperCase(Locale.ROOT)).plus(shift)));
                    misses.add(String.join(", ", shifted));
                }
                misses.add(days.get(0));
            }
            case "days-between" -> {
                misses.add(String.valueOf(puzzle.days() + 1));
                misses.add(String.valueOf(puzzle.days() - 1));
            }
            default -> {
                LocalDate date = LocalDate.parse(gold.value());
                misses.add(date.plusDays(1).toString());
                misses.add(date.minusDays(1).toString());
                if (puzzle.kind().equals("date-after-period")) {
                    LocalDate start = LocalDate.parse(puzzle.start());
                    misses.add(start.plusMonths(12L * puzzle.years() + puzzle.months()).plusDays(puzzle.days()).toString());
                    misses.add(start.plusDays(puzzle.days()).plusMonths(12L * puzzle.years() + puzzle.months()).toString());
                }
            }
        }
        return misses.stream().filter(miss -> !miss.equals(gold.value())).distinct().map(Answer::new).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        long distance = Math.abs(puzzle.days()) + 365L * puzzle.years() + 30L * puzzle.months();
        long years = Math.abs(LocalDate.parse(puzzle.start()).getYear() - 2000);
        return 10 * (KINDS.indexOf(puzzle.kind()) + 1) + Math.log1p(distance) + Math.log1p(years);
    }

    /** Recomputes the answer with an independent day count (days since 1970-01-01 by a civil-calendar formula). */
    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        return CalendarArithmeticCheck.answer(puzzle).equals(puzzle.answer()) ? Math.min(1, limit) : 0;
    }

    private static String expected(Puzzle puzzle) {
        return switch (puzzle.kind()) {
            case "weekday-after", "weekday" -> "right days of the week";
            case "days-between" -> "number of days between the dates";
            default -> "right date";
        };
    }

    /** The full weekday name for a full or three-letter name in any case, "" for an item number such as "1.", else null. */
    private static String weekdayName(String word) {
        if (word.isEmpty()) {
            return "";
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = weekday(day);
            if (word.equalsIgnoreCase(name) || word.equalsIgnoreCase(name.substring(0, 3))) {
                return name;
            }
        }
        return null;
    }

    private static String weekday(LocalDate date) {
        return weekday(date.getDayOfWeek());
    }

    private static String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** {@code 2024-03-05} as {@code 5 March 2024}. */
    private static String written(String iso) {
        LocalDate date = LocalDate.parse(iso);
        return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear();
    }

    /** The month 1..12 named by a full or three-letter English name, or 0. */
    private static int month(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace(".", "");
        for (Month month : Month.values()) {
            String name = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (lower.equals(name) || lower.equals(name.substring(0, 3))) {
                return month.getValue();
            }
        }
        return 0;
    }

    private static LocalDate date(String year, int month, String day) {
        if (!year.matches("\\d{4}") || !day.matches("\\d{1,2}")) {
            throw new AnswerFormatException("expected a date such as 2024-03-05, found year '" + Answers.abbreviate(year)
                    + "' and day '" + Answers.abbreviate(day) + "'");
        }
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new AnswerFormatException("there is no date " + year + "-" + month + "-" + day);
        }
    }
}
