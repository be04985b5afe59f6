package dev.bootcamp.camps.time;

/**
 * An independent calendar for cross-checking java.time: civil dates to day numbers and back by era arithmetic (400-year
 * cycles of 146097 days), with no use of {@code java.time}.
 */
final class CalendarArithmeticCheck {
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    private CalendarArithmeticCheck() {}

    /** The canonical answer to a puzzle, computed without java.time. */
    static String answer(CalendarArithmeticBootcamp.Puzzle puzzle) {
        long start = dayNumber(puzzle.start());
        return switch (puzzle.kind()) {
            case "weekday-after" -> String.join(", ", puzzle.offsets().stream().map(offset -> weekday(start + offset)).toList());
            case "date-after" -> iso(start + puzzle.days());
            case "days-between" -> String.valueOf(dayNumber(puzzle.end()) - start);
            case "weekday" -> String.join(", ", puzzle.dates().stream().map(date -> weekday(dayNumber(date))).toList());
            default -> {
                String[] parts = puzzle.start().split("-");
                long year = Long.parseLong(parts[0]) + puzzle.years();
                long month = Long.parseLong(parts[1]);
                long day = Long.parseLong(parts[2]);
                day = Math.min(day, monthLength(year, month));
                long months = year * 12 + month - 1 + puzzle.months();
                year = Math.floorDiv(months, 12);
                month = Math.floorMod(months, 12) + 1;
                day = Math.min(day, monthLength(year, month));
                yield iso(dayNumber(year, month, day) + puzzle.days());
            }
        };
    }

    private static long dayNumber(String iso) {
        String[] parts = iso.split("-");
        return dayNumber(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]));
    }

    /** Days since 1970-01-01. */
    private static long dayNumber(long year, long month, long day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    private static String iso(long dayNumber) {
        long z = dayNumber + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long shiftedMonth = (5 * dayOfYear + 2) / 153;
        long day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
        long month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    private static String weekday(long dayNumber) {
        return WEEKDAYS[(int) Math.floorMod(dayNumber + 3, 7L)];
    }

    private static long monthLength(long year, long month) {
        if (month == 2) {
            boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            return leap ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }
}
