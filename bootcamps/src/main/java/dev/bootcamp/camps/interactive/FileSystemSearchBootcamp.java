package dev.bootcamp.camps.interactive;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Turn;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Words;
import dev.bootcamp.camps.kit.tools.Calculator;
import dev.bootcamp.camps.kit.tools.Command;
import dev.bootcamp.camps.kit.tools.Numbers;
import dev.bootcamp.camps.kit.tools.ToolException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * A hidden directory tree explored with two shell-like tools, {@code ls PATH} and {@code cat PATH}: the question asks
 * for the code written in a file known only by name, or the total size of every file under a directory. There is no
 * search tool, so the player must walk the tree. The expert lists the directories on the way to the file (or every
 * directory under the one asked about), reads the file, and answers.
 */
@AutoService(Interactive.class)
public final class FileSystemSearchBootcamp implements Interactive<FileSystemSearchBootcamp.State> {
    private static final List<String> VERBS = List.of("ls", "cat", "calc", "answer", "dir", "list", "read", "open");
    private static final int CALC_OPERATIONS = 30;
    private static final List<String> EXTENSIONS = List.of(".txt", ".log", ".csv", ".md");
    private static final Knob<Integer> DIRECTORIES = Knob.integer("directories", 2, 80, 12, "how many directories the tree has, the root included");
    private static final Knob<Integer> FILES = Knob.integer("files", 1, 6, 3, "the most files in one directory");
    private static final BootcampInfo INFO = BootcampInfo.builder(FileSystemSearchBootcamp.class)
            .title("File system search")
            .domain("interactive")
            .tags("interactive", "tool-use", "exploration", "file-system")
            .summary("Explore a hidden tree of `directories` directories with up to `files` files each, using `ls PATH` and"
                    + " `cat PATH` (and `calc`), to answer either the code written in a file known only by name or the total size of every"
                    + " file under a directory; then `answer N`. CORRECT when the answer is exact, WRONG otherwise; the first"
                    + " answer ends the episode. The turn limit lets the player list every directory it may need once, plus four.")
            .knob(DIRECTORIES)
            .knob(FILES)
            .answerShape("one command per turn: 'ls /docs/', 'cat /docs/notes.txt' or 'answer 4821'")
            .build();

    /**
     * An episode: each directory's path (the root "/" first, every path ends with "/"), each file's directory, name, size
     * and code; the question (the file asked about, or -1 with the directory asked about); the commands that worked so
     * far; the answer given (empty before) and the turn limit.
     */
    public record State(List<String> directories, List<Integer> fileDirectories, List<String> fileNames, List<Integer> sizes,
            List<Integer> codes, int file, int directory, int calls, String answered, int limit) {
        public State {
            directories = List.copyOf(directories);
            fileDirectories = List.copyOf(fileDirectories);
            fileNames = List.copyOf(fileNames);
            sizes = List.copyOf(sizes);
            codes = List.copyOf(codes);
        }

        State called() {
            return new State(directories, fileDirectories, fileNames, sizes, codes, file, directory, calls + 1, answered, limit);
        }

        String path(int fileIndex) {
            return directories.get(fileDirectories.get(fileIndex)) + fileNames.get(fileIndex);
        }
    }

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(DIRECTORIES, Draw.scale(level, 4, 40)).with(FILES, Draw.scale(level, 2, 5));
    }

    @Override
    public State start(Knobs knobs, RandomGenerator random) {
        int count = knobs.get(DIRECTORIES);
        List<String> words = Draw.sample(Words.ofLength(3, 8), count * 8, random);
        List<String> directories = new ArrayList<>(List.of("/"));
        for (int d = 1; d < count; d++) {
            directories.add(directories.get(random.nextInt(d)) + words.get(d) + "/");
        }
        List<Integer> fileDirectories = new ArrayList<>();
        List<String> fileNames = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        List<Integer> codes = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int next = count;
        for (int d = 0; d < count; d++) {
            for (int f = random.nextInt(knobs.get(FILES) + 1); f > 0; f--) {
                String name = words.get(next++) + Draw.pick(EXTENSIONS, random);
                if (used.add(name)) {
                    fileDirectories.add(d);
                    fileNames.add(name);
                    sizes.add(10 + random.nextInt(99_990));
                    codes.add(10_000 + random.nextInt(90_000));
                }
            }
        }
        if (fileNames.isEmpty()) {
            fileDirectories.add(count - 1);
            fileNames.add(words.get(next) + ".txt");
            sizes.add(10 + random.nextInt(99_990));
            codes.add(10_000 + random.nextInt(90_000));
        }
        int file = -1;
        int directory = 0;
        if (random.nextBoolean()) {
            file = random.nextInt(fileNames.size());
        } else {
            List<Integer> large = new ArrayList<>();
            for (int d = 0; d < count; d++) {
                if (3 * under(directories, d).size() >= count) {
                    large.add(d);
                }
            }
            directory = Draw.pick(large, random);
        }
        int needed = file >= 0 ? count : under(directories, directory).size();
        return new State(directories, fileDirectories, fileNames, sizes, codes, file, directory, 0, "", needed + 4);
    }

    /** The directories at or under directory {@code d}, in order. */
    static List<Integer> under(List<String> directories, int d) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < directories.size(); i++) {
            if (directories.get(i).startsWith(directories.get(d))) {
                found.add(i);
            }
        }
        return found;
    }

    static String question(State state) {
        return state.file() >= 0 ? "Somewhere in the tree is a file named " + state.fileNames().get(state.file()) + ". What code is written in it?"
                : "What is the total size, in bytes, of all the files in " + state.directories().get(state.directory())
                        + " and in every directory below it?";
    }

    @Override
    public String opening(State state) {
        return "A directory tree is hidden from you. Its root is \"/\"; paths are written from the root, like /docs/old/notes.txt,"
                + " and every directory path ends with \"/\". File names are unique across the whole tree.\n\nQuestion: "
                + question(state) + "\n\nEach turn, use one command:\n"
                + "- \"ls PATH\" lists a directory: its subdirectories (ending with \"/\") and its files with their sizes in bytes,"
                + " such as \"ls /\" or \"ls /docs/old/\"\n"
                + "- \"cat PATH\" shows what a file says, such as \"cat /docs/old/notes.txt\"\n"
                + "- \"calc EXPRESSION\" does exact arithmetic with up to " + CALC_OPERATIONS + " operations, such as \"calc 120 + 4500 + 37\"\n"
                + "- \"answer N\" gives your final answer, a whole number; your first answer ends the episode and must be exact.\n"
                + "There is no search command. A command that cannot be read or names no such path still costs the turn. You have "
                + state.limit() + " turns.";
    }

    @Override
    public Turn<State> act(State state, String action) {
        Command command = Command.read(action, VERBS);
        if (command.is("ls", "dir", "list")) {
            String path = path(command.rest(), true);
            int d = state.directories().indexOf(path);
            if (d < 0) {
                return Turn.next(state, "No directory \"" + Command.abbreviate(path, 60) + "\". List one such as \"ls /\".");
            }
            List<String> entries = new ArrayList<>();
            for (int i = 0; i < state.directories().size(); i++) {
                String other = state.directories().get(i);
                if (i != d && other.startsWith(path) && other.indexOf('/', path.length()) == other.length() - 1) {
                    entries.add(other.substring(path.length()));
                }
            }
            for (int f = 0; f < state.fileNames().size(); f++) {
                if (state.fileDirectories().get(f) == d) {
                    entries.add(state.fileNames().get(f) + " (" + state.sizes().get(f) + " bytes)");
                }
            }
            entries.sort(null);
            return Turn.next(state.called(), path + ": " + (entries.isEmpty() ? "empty" : String.join(", ", entries)));
        }
        if (command.is("cat", "read", "open")) {
            String path = path(command.rest(), false);
            for (int f = 0; f < state.fileNames().size(); f++) {
                if (state.path(f).equals(path)) {
                    return Turn.next(state.called(), path + " says: the code is " + state.codes().get(f) + ".");
                }
            }
            return Turn.next(state, "No file \"" + Command.abbreviate(path, 60) + "\". Give its whole path, such as \"cat /docs/notes.txt\".");
        }
        if (command.is("calc")) {
            try {
                return Turn.next(state.called(), "calc: " + Calculator.show(Calculator.evaluate(command.rest(), Map.of(), CALC_OPERATIONS).value()));
            } catch (ToolException e) {
                return Turn.next(state, "calc could not evaluate that: " + e.getMessage() + ".");
            }
        }
        if (command.is("answer")) {
            Optional<BigInteger> value = Numbers.firstWhole(command.rest());
            if (value.isEmpty()) {
                return Turn.next(state, "Give the answer as a whole number, such as \"answer 4821\". Nothing happened.");
            }
            State next = new State(state.directories(), state.fileDirectories(), state.fileNames(), state.sizes(), state.codes(), state.file(),
                    state.directory(), state.calls(), value.get().toString(), state.limit());
            return Turn.last(next, won(next) ? "Correct." : "That is not the answer.");
        }
        return Turn.next(state, "Unreadable command \"" + Command.abbreviate(action, 40) + "\". Use ls PATH, cat PATH, calc EXPRESSION or answer N.");
    }

    /** The first word-like run of the text as a path from the root, lower-cased; a directory path ends with "/". */
    static String path(String text, boolean directory) {
        StringBuilder path = new StringBuilder("/");
        for (int i = 0; i < text.length() && path.length() < 300; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '`') {
                if (path.length() > 1) {
                    break;
                }
                continue;
            }
            if (c != '/' || path.charAt(path.length() - 1) != '/') {
                path.append(c);
            }
        }
        if (directory && path.charAt(path.length() - 1) != '/') {
            path.append('/');
        }
        return path.toString();
    }

    static long solution(State state) {
        if (state.file() >= 0) {
            return state.codes().get(state.file());
        }
        List<Integer> below = under(state.directories(), state.directory());
        long total = 0;
        for (int f = 0; f < state.fileNames().size(); f++) {
            total += below.contains(state.fileDirectories().get(f)) ? state.sizes().get(f) : 0;
        }
        return total;
    }

    private static boolean won(State state) {
        return state.answered().equals(Long.toString(solution(state)));
    }

    @Override
    public Score outcome(State state) {
        if (won(state)) {
            return Score.correct("the exact answer after " + state.calls() + " commands");
        }
        return Score.wrong((state.answered().isEmpty() ? "no answer given" : "answered " + state.answered()) + "; the answer was " + solution(state));
    }

    @Override
    public int turnLimit(State state) {
        return state.limit();
    }

    /** The expert's commands: list each directory down to the file and read it, or list every directory asked about. */
    static List<String> plan(State state) {
        List<String> commands = new ArrayList<>();
        if (state.file() >= 0) {
            String target = state.directories().get(state.fileDirectories().get(state.file()));
            for (String directory : state.directories()) {
                if (target.startsWith(directory)) {
                    commands.add(directory);
                }
            }
            commands.sort((a, b) -> Integer.compare(a.length(), b.length()));
            commands.replaceAll(directory -> "ls " + directory);
            commands.add("cat " + state.path(state.file()));
            return commands;
        }
        for (int d : under(state.directories(), state.directory())) {
            commands.add("ls " + state.directories().get(d));
        }
        return commands;
    }

    @Override
    public String expertAction(State state) {
        List<String> plan = plan(state);
        return state.calls() < plan.size() ? plan.get(state.calls()) : "answer " + solution(state);
    }

    @Override
    public String randomAction(State state, RandomGenerator random) {
        return switch (random.nextInt(3)) {
            case 0 -> "ls " + Draw.pick(state.directories(), random);
            case 1 -> "cat " + state.path(random.nextInt(state.fileNames().size()));
            default -> "answer " + random.nextInt(10_000, 1_000_000);
        };
    }

    @Override
    public double cost(State state) {
        return state.directories().size() + state.fileNames().size();
    }
}
