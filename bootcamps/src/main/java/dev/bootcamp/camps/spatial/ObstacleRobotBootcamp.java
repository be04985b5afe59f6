package dev.bootcamp.camps.spatial;

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
import dev.bootcamp.camps.kit.Grid;
import dev.bootcamp.camps.kit.StepWords;
import dev.bootcamp.camps.kit.mazes.Compass;
import dev.bootcamp.camps.kit.mazes.Mazes;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Obstacle robot: run a program of turns and forward moves on a grid where blocked steps are skipped; report where it ends. */
@AutoService(Bootcamp.class)
public final class ObstacleRobotBootcamp extends Camp<ObstacleRobotBootcamp.Puzzle, ObstacleRobotBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 4, 20, 8, "rows and columns of the grid");
    private static final Knob<Integer> ROCKS = Knob.integer("rocks", 0, 40, 20, "percent of cells that are rocks");
    private static final Knob<Integer> COMMANDS = Knob.integer("commands", 1, 60, 8, "commands in the program");
    private static final BootcampInfo INFO = BootcampInfo.builder(ObstacleRobotBootcamp.class)
            .title("Robot program on a grid with obstacles")
            .version(1)
            .domain("spatial")
            .tags("simulation", "grid", "navigation", "headings")
            .summary("A robot stands on a numbered grid with rocks, facing a compass heading, and runs a program of commands"
                    + " F n (try n single steps forward), L and R (quarter turns) and B (turn around). A step into a rock or"
                    + " off the grid is skipped: the robot stays put and goes on with the program. Give the robot's final"
                    + " row, column and heading; all three must match the simulation. No partial credit.")
            .knob(SIZE)
            .knob(ROCKS)
            .knob(COMMANDS)
            .answerShape("row, column and heading letter separated by spaces, such as 2 7 S")
            .build();
    private static final Set<String> FILLER = Set.of("row", "column", "col", "facing", "heading", "at", "and", "the", "robot", "ends", "is", "in");

    /** The grid (with R at the robot's start), the start cell and heading, and the program. */
    public record Puzzle(List<String> grid, int start, String heading, List<String> program) {
        public Puzzle {
            grid = List.copyOf(grid);
            program = List.copyOf(program);
        }
    }

    /** Final row and column (from 1) and heading letter N, E, S or W. */
    public record Answer(int row, int column, String heading) {}

    public ObstacleRobotBootcamp() {
        super(INFO, Codec.of(answer -> answer.row() + " " + answer.column() + " " + answer.heading(), ObstacleRobotBootcamp::read));
    }

    private static Answer read(String text) {
        List<String> words = StepWords.of(text, FILLER, 12, "expected a row, a column and a heading");
        if (words.size() != 3) {
            throw new AnswerFormatException("expected a row, a column and a heading, found " + words.size() + " words");
        }
        String word = words.get(2);
        Compass heading = switch (word) {
            case "n", "north" -> Compass.NORTH;
            case "e", "east" -> Compass.EAST;
            case "s", "south" -> Compass.SOUTH;
            case "w", "west" -> Compass.WEST;
            default -> throw new AnswerFormatException("expected a heading N, E, S or W, found '" + Answers.abbreviate(word) + "'");
        };
        return new Answer(Answers.intValue(words.get(0)), Answers.intValue(words.get(1)), String.valueOf(heading.letter()));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SIZE, Draw.scale(level, 5, 13))
                .with(ROCKS, Draw.scale(level, 15, 25))
                .with(COMMANDS, Draw.scale(level, 4, 30));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = knobs.get(SIZE);
        Puzzle last = null;
        for (int tries = 0; tries < 50; tries++) {
            char[][] grid = Mazes.scatter(size, size, knobs.get(ROCKS) / 100.0, random);
            List<Integer> open = Mazes.cells(grid, Mazes.OPEN);
            if (open.isEmpty()) {
                continue;
            }
            int start = Draw.pick(open, random);
            grid[start / size][start % size] = 'R';
            List<String> program = new ArrayList<>();
            for (int i = 0; i < knobs.get(COMMANDS); i++) {
                boolean forward = i % 2 == 0 ? random.nextInt(5) > 0 : random.nextInt(3) == 0;
                program.add(forward ? "F" + Draw.between(1, Math.max(2, size / 2), random) : Draw.pick(List.of("L", "R", "L", "R", "B"), random));
            }
            last = new Puzzle(Mazes.lines(grid), start, String.valueOf(Draw.pick(List.of(Compass.values()), random).letter()), program);
            // the skipping rule should matter once the program is long enough
            if (run(last, true)[2] > 0 || program.size() < 6) {
                return last;
            }
        }
        return last;
    }

    /** {row, column, skipped steps, heading ordinal} after the program, the cell from 0; or skipping off, the walk through rocks. */
    private static int[] run(Puzzle puzzle, boolean skip) {
        char[][] grid = Mazes.chars(puzzle.grid());
        int at = puzzle.start();
        Compass heading = Compass.of(puzzle.heading().charAt(0));
        int skipped = 0;
        for (String command : puzzle.program()) {
            switch (command.charAt(0)) {
                case 'L' -> heading = heading.left();
                case 'R' -> heading = heading.right();
                case 'B' -> heading = heading.opposite();
                default -> {
                    for (int step = 0; step < Integer.parseInt(command.substring(1)); step++) {
                        int next = Mazes.step(grid, at, heading);
                        if (next < 0 || skip && Mazes.at(grid, next) == Mazes.WALL) {
                            skipped++;
                            continue;
                        }
                        at = next;
                    }
                }
            }
        }
        return new int[] {at / grid[0].length, at % grid[0].length, skipped, heading.ordinal()};
    }

    @Override
    public String question(Puzzle puzzle) {
        List<String> words = new ArrayList<>();
        for (String command : puzzle.program()) {
            words.add(command.startsWith("F") ? "F " + command.substring(1) : command);
        }
        return "A robot stands on the cell marked R of this grid (rows are numbered from the top, columns from the left;"
                + " the top is north and the right is east). # is a rock; every other cell is free, the R cell included."
                + "\n\n" + Grid.of(puzzle.grid()).numbered() + "\n\n"
                + "The robot faces " + Compass.of(puzzle.heading().charAt(0)).word() + ". It runs this program, one"
                + " command after another:\n" + String.join(", ", words) + "\n\n"
                + "F n means: take n single steps straight ahead, one at a time; a step whose cell ahead is a rock or"
                + " outside the grid is skipped (the robot does not move for that step) and the robot carries on with"
                + " the remaining steps and commands. L turns the robot 90 degrees to its left, R 90 degrees to its right,"
                + " and B turns it around; turning never moves it. Where does the robot end up and which way does it face?"
                + " Answer with the row, the column and the heading (N, E, S or W), separated by spaces, like 2 7 S"
                + " (format only).";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        int[] end = run(puzzle, true);
        return new Answer(end[0] + 1, end[1] + 1, String.valueOf(Compass.values()[end[3]].letter()));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        Answer gold = solve(puzzle);
        if (gold.equals(answer)) {
            return Score.correct("the robot ends at row " + gold.row() + ", column " + gold.column() + ", facing " + gold.heading());
        }
        if (gold.row() == answer.row() && gold.column() == answer.column()) {
            return Score.wrong("the cell is right but the robot does not face " + answer.heading());
        }
        return Score.wrong("the robot does not end at row " + answer.row() + ", column " + answer.column());
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        int[] through = run(puzzle, false);
        List<Answer> misses = new ArrayList<>();
        misses.add(new Answer(through[0] + 1, through[1] + 1, gold.heading()));
        misses.add(new Answer(gold.row(), gold.column(), String.valueOf(Compass.of(gold.heading().charAt(0)).right().letter())));
        misses.add(new Answer(gold.column(), gold.row(), gold.heading()));
        misses.add(new Answer(gold.row() + 1, gold.column(), gold.heading()));
        return misses.stream().filter(miss -> !miss.equals(gold)).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        int steps = 0;
        for (String command : puzzle.program()) {
            steps += command.startsWith("F") ? Integer.parseInt(command.substring(1)) : 1;
        }
        return steps;
    }
}
