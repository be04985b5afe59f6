package dev.bootcamp.camps.logic;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.NamedValues;
import dev.bootcamp.camps.kit.PersonNames;
import dev.bootcamp.camps.kit.Prose;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/** Scheduling: give every task a start time that respects precedence, release times, workers and a deadline. */
@AutoService(Bootcamp.class)
public final class SchedulingBootcamp extends Camp<SchedulingBootcamp.Puzzle, SchedulingBootcamp.Answer> {
    private static final List<String> TASK_NAMES = List.of("Audit", "Backup", "Catalog", "Design", "Email", "Filing",
            "Grading", "Hiring", "Inventory", "Journal", "Keynote", "Layout", "Mailing", "Newsletter", "Ordering", "Payroll",
            "Quotes", "Report", "Survey", "Training");
    private static final Set<String> FILLERS = Set.of("starts", "start", "at", "time", "hour", "hours", "begins", "begin", "is", "from");

    private static final Knob<Integer> TASKS = Knob.integer("tasks", 2, 20, 6, "number of tasks");
    private static final Knob<Integer> WORKERS = Knob.integer("workers", 1, 6, 2, "number of workers");
    private static final Knob<Double> PRECEDENCE = Knob.decimal("precedence", 0.0, 2.0, 0.8, "precedence rules per task");
    private static final Knob<Integer> SLACK = Knob.integer("slack", 0, 10, 2, "hours between the hidden schedule's finish and the deadline");
    private static final BootcampInfo INFO = BootcampInfo.builder(SchedulingBootcamp.class)
            .title("Task scheduling with a deadline")
            .domain("logic")
            .tags("scheduling", "constraint-satisfaction", "planning")
            .summary("Tasks with durations are each done by a named worker, who does one task at a time; some tasks cannot"
                    + " start until others have finished, some not before a given time, and everything must finish by a"
                    + " deadline. The deadline is the length of a hidden packed schedule plus a slack that shrinks to zero"
                    + " with the level, so at the top levels the worker's task orders must be found exactly. The answer gives"
                    + " every task an integer start time; any schedule that keeps every rule is CORRECT (checked rule by"
                    + " rule); a missing task or a broken rule is WRONG, naming it. No partial credit.")
            .knob(TASKS)
            .knob(WORKERS)
            .knob(PRECEDENCE)
            .knob(SLACK)
            .answerShape("one line per task in the form Task: start time")
            .severalAnswers()
            .build();

    /** A task: its name, hours, worker, and earliest start (0 when unrestricted). */
    public record Task(String name, int hours, String worker, int release) {
        public Task {
            requireNonNull(name, "name is null");
            requireNonNull(worker, "worker is null");
        }
    }

    /** "after cannot start until before has finished", as indices into the tasks. */
    public record Precedence(int before, int after) {}

    /** The tasks in listed order, the precedence rules, the deadline, and a valid schedule (start per task; never shown). */
    public record Puzzle(List<Task> tasks, List<Precedence> precedences, int deadline, List<Integer> schedule) {
        public Puzzle {
            tasks = List.copyOf(tasks);
            precedences = List.copyOf(precedences);
            schedule = List.copyOf(schedule);
        }
    }

    /** One task's start time as answered. */
    public record Start(String task, int time) {
        public Start {
            requireNonNull(task, "task is null");
        }
    }

    /** The start times, sorted by task name. */
    public record Answer(List<Start> starts) {
        public Answer {
            starts = starts.stream().sorted(Comparator.comparing(Start::task)).toList();
        }
    }

    public SchedulingBootcamp() {
        super(INFO, NamedValues.codec(FILLERS, NamedValues.capitalisedName(20, "a task name"), Answers::intValue, String::valueOf,
                "Task: start time").map(entries -> new Answer(NamedValues.records(entries, Start::new)),
                answer -> NamedValues.entries(answer.starts(), Start::task, Start::time)));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(TASKS, Draw.scale(level, 3, 12))
                .with(WORKERS, Draw.scale(level, 2, 4))
                .with(PRECEDENCE, Draw.scale(level, 5, 12) / 10.0)
                .with(SLACK, Draw.scale(level, 3, 0));
    }

    /**
     * Packs each worker's tasks one after another from time 0 (sometimes after an idle hour), then draws rules the
     * packed schedule keeps: precedences between tasks that end before others start (mostly back to back) and release
     * times equal to the start of tasks that follow an idle hour.
     */
    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int count = knobs.get(TASKS);
        int workers = Math.min(knobs.get(WORKERS), count);
        List<String> names = Draw.sample(TASK_NAMES, count, random);
        List<String> people = PersonNames.sorted(workers, random);
        int[] owner = new int[count];
        for (int task = 0; task < count; task++) {
            owner[task] = task < workers ? task : random.nextInt(workers);
        }
        int[] hours = new int[count];
        int[] start = new int[count];
        int[] release = new int[count];
        int[] clock = new int[workers];
        for (int task = 0; task < count; task++) {
            hours[task] = Draw.between(1, 4, random);
            int worker = owner[task];
            int idle = random.nextInt(clock[worker] == 0 ? 4 : 5) == 0 ? Draw.between(1, 2, random) : 0;
            start[task] = clock[worker] + idle;
            if (idle > 0) {
                release[task] = start[task];
            } else if (start[task] > 0 && random.nextInt(6) == 0) {
                release[task] = Draw.between(1, start[task], random);
            }
            clock[worker] = start[task] + hours[task];
        }
        int finish = 0;
        for (int time : clock) {
            finish = Math.max(finish, time);
        }
        List<Precedence> precedences = new ArrayList<>();
        int wanted = (int) Math.round(knobs.get(PRECEDENCE) * count);
        for (int attempt = 0; attempt < 30 * count && precedences.size() < wanted; attempt++) {
            int before = random.nextInt(count);
            int after = random.nextInt(count);
            int end = start[before] + hours[before];
            boolean tight = end == start[after] || random.nextInt(3) == 0 && end < start[after];
            Precedence rule = new Precedence(before, after);
            if (before != after && tight && end <= start[after] && !precedences.contains(rule)) {
                precedences.add(rule);
            }
        }
        int[] order = Draw.permutation(count, random);
        int[] position = new int[count];
        List<Task> tasks = new ArrayList<>();
        List<Integer> schedule = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int task = order[i];
            position[task] = i;
            tasks.add(new Task(names.get(task), hours[task], people.get(owner[task]), release[task]));
            schedule.add(start[task]);
        }
        List<Precedence> listed = new ArrayList<>();
        for (Precedence rule : precedences) {
            listed.add(new Precedence(position[rule.before()], position[rule.after()]));
        }
        return new Puzzle(tasks, listed, finish + knobs.get(SLACK), schedule);
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("A team must complete ").append(puzzle.tasks().size()).append(" tasks. Time is counted in whole hours from")
                .append(" time 0. Each task is done by the named worker, without interruption, and takes the stated number of")
                .append(" hours: a task that starts at time s and takes d hours finishes at time s + d. A worker can do only one")
                .append(" task at a time, but may start a new task at the very time the previous one finishes.\n\nTasks:\n");
        for (Task task : puzzle.tasks()) {
            text.append("- ").append(task.name()).append(": ").append(task.hours()).append(task.hours() == 1 ? " hour" : " hours")
                    .append(", done by ").append(task.worker()).append('\n');
        }
        List<String> rules = new ArrayList<>();
        for (Precedence rule : puzzle.precedences()) {
            rules.add(puzzle.tasks().get(rule.after()).name() + " cannot start until " + puzzle.tasks().get(rule.before()).name()
                    + " has finished.");
        }
        for (Task task : puzzle.tasks()) {
            if (task.release() > 0) {
                rules.add(task.name() + " cannot start before time " + task.release() + ".");
            }
        }
        rules.add("Every task must be finished by time " + puzzle.deadline() + ".");
        text.append("\nRules:\n");
        text.append(Prose.numbered(rules));
        text.append("\nGive every task a whole-number start time so that all the rules hold; any such schedule is accepted.")
                .append(" Answer with one line per task in the form \"Task: start time\".");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(IntStream.range(0, puzzle.tasks().size()).mapToObj(i -> new Start(puzzle.tasks().get(i).name(), puzzle.schedule().get(i))).toList());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<Task> tasks = puzzle.tasks();
        long[] start = new long[tasks.size()];
        boolean[] given = new boolean[tasks.size()];
        for (Start entry : answer.starts()) {
            int index = indexOf(tasks, entry.task());
            if (index < 0) {
                return Score.wrong("there is no task named " + Answers.abbreviate(entry.task()));
            }
            start[index] = entry.time();
            given[index] = true;
        }
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            if (!given[i]) {
                return Score.wrong("no start time for " + task.name());
            }
            if (start[i] < task.release()) {
                return Score.wrong(task.name() + " starts at " + start[i] + ", before " + (task.release() > 0 ? "its release time " : "time ")
                        + task.release());
            }
            if (start[i] + task.hours() > puzzle.deadline()) {
                return Score.wrong(task.name() + " finishes at " + (start[i] + task.hours()) + ", after the deadline " + puzzle.deadline());
            }
        }
        for (Precedence rule : puzzle.precedences()) {
            long finish = start[rule.before()] + tasks.get(rule.before()).hours();
            if (start[rule.after()] < finish) {
                return Score.wrong(tasks.get(rule.after()).name() + " starts at " + start[rule.after()] + ", before "
                        + tasks.get(rule.before()).name() + " finishes at " + finish);
            }
        }
        for (int i = 0; i < tasks.size(); i++) {
            for (int j = i + 1; j < tasks.size(); j++) {
                if (tasks.get(i).worker().equals(tasks.get(j).worker())
                        && start[i] < start[j] + tasks.get(j).hours() && start[j] < start[i] + tasks.get(i).hours()) {
                    return Score.wrong(tasks.get(i).worker() + " would work on " + tasks.get(i).name() + " and " + tasks.get(j).name()
                            + " at the same time");
                }
            }
        }
        return Score.correct("all " + tasks.size() + " tasks scheduled within the rules");
    }

    private static int indexOf(List<Task> tasks, String name) {
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** A rule's later task started with its earlier one, a task left out, and everything pushed past the deadline. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        List<Task> tasks = puzzle.tasks();
        if (!puzzle.precedences().isEmpty()) {
            Precedence rule = Draw.pick(puzzle.precedences(), random);
            List<Start> starts = new ArrayList<>(solve(puzzle).starts());
            String after = tasks.get(rule.after()).name();
            starts.replaceAll(start -> start.task().equals(after) ? new Start(after, puzzle.schedule().get(rule.before())) : start);
            misses.add(new Answer(starts));
        }
        List<Start> missing = new ArrayList<>(gold.starts());
        missing.remove(random.nextInt(missing.size()));
        misses.add(new Answer(missing));
        misses.add(new Answer(gold.starts().stream().map(start -> new Start(start.task(), start.time() + puzzle.deadline())).toList()));
        return misses;
    }

    /** Tasks times rules. */
    @Override
    public double cost(Puzzle puzzle) {
        return (double) puzzle.tasks().size() * (1 + puzzle.precedences().size());
    }
}
