package dev.bootcamp.camps.proofs;

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
import dev.bootcamp.camps.kit.formal.Formula;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/** First-order model checking with witnesses: Skolem function tables that make a prenex formula true in a finite structure. */
@AutoService(Bootcamp.class)
public final class SkolemWitnessBootcamp extends Camp<SkolemWitnessBootcamp.Puzzle, SkolemWitnessBootcamp.Answer> {
    private static final Knob<Integer> DOMAIN = Knob.integer("domain", 2, 5, 3, "elements of the structure");
    private static final Knob<Integer> PREFIX = Knob.integer("prefix", 0, 4, 1, "quantifier prefix: 0 AE, 1 EAE, 2 AEE, 3 AAE, 4 AEAE");
    private static final Knob<Integer> OPERATORS = Knob.integer("operators", 1, 9, 3, "connectives in the quantifier-free part");
    private static final BootcampInfo INFO = BootcampInfo.builder(SkolemWitnessBootcamp.class)
            .title("Skolem witness tables")
            .domain("proofs")
            .tags("first-order-logic", "model-checking", "skolem-functions", "witness")
            .summary("A prenex first-order sentence is true in a small finite structure (a unary relation P and binary"
                    + " relations R and S listed in full). Prove it by giving, for each existential variable, a table of"
                    + " its witness for every choice of the universal variables before it. The checker evaluates the"
                    + " formula for every choice of the universal variables with the witnesses looked up; any tables that"
                    + " make it true everywhere are CORRECT, and the first failing choice is named otherwise. No partial credit.")
            .knob(DOMAIN)
            .knob(PREFIX)
            .knob(OPERATORS)
            .version(1)
            .answerShape("one line per table entry, such as y(2) = 0 or w(1, 0) = 2")
            .severalAnswers()
            .build();
    private static final List<String> PREFIXES = List.of("AE", "EAE", "AEE", "AAE", "AEAE");
    private static final List<String> NAMES = List.of("x", "y", "z", "w");
    private static final int MAX_ENTRIES = 200;

    /** The domain size, P, R and S, the quantifiers (A or E per variable x, y, z, w), the matrix, and gold tables. */
    public record Puzzle(int size, List<Boolean> unary, List<List<Boolean>> first, List<List<Boolean>> second,
            String quantifiers, Formula matrix, Answer witness) {
        public Puzzle {
            unary = List.copyOf(unary);
            first = first.stream().map(List::copyOf).toList();
            second = second.stream().map(List::copyOf).toList();
        }
    }

    /** One table entry: the existential variable, the values of the universal variables before it, the witness. */
    public record Entry(String variable, List<Integer> arguments, int value) {
        public Entry {
            arguments = List.copyOf(arguments);
        }
    }

    /** The table entries, variable by variable, arguments in order. */
    public record Answer(List<Entry> entries) {
        public Answer {
            entries = List.copyOf(entries);
        }

        static Answer of(Map<String, Map<List<Integer>, Integer>> tables) {
            List<Entry> entries = new ArrayList<>();
            new TreeMap<>(tables).forEach((name, table) -> {
                Map<List<Integer>, Integer> sorted = new TreeMap<>(SkolemWitnessBootcamp::compareKeys);
                sorted.putAll(table);
                sorted.forEach((key, value) -> entries.add(new Entry(name, key, value)));
            });
            return new Answer(entries);
        }
    }

    /** The entries as tables: variable, then arguments, to witness. */
    static Map<String, Map<List<Integer>, Integer>> tables(Answer answer) {
        Map<String, Map<List<Integer>, Integer>> tables = new TreeMap<>();
        for (Entry entry : answer.entries()) {
            tables.computeIfAbsent(entry.variable(), k -> new TreeMap<>(SkolemWitnessBootcamp::compareKeys)).put(entry.arguments(), entry.value());
        }
        return tables;
    }

    private static int compareKeys(List<Integer> left, List<Integer> right) {
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int order = Integer.compare(left.get(i), right.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    public SkolemWitnessBootcamp() {
        super(INFO, Codec.of(SkolemWitnessBootcamp::write, SkolemWitnessBootcamp::read));
    }

    private static String write(Answer answer) {
        List<String> lines = new ArrayList<>();
        tables(answer).forEach((name, table) -> table.forEach((key, value) -> lines.add(name
                + (key.isEmpty() ? "" : "(" + String.join(", ", key.stream().map(String::valueOf).toList()) + ")") + " = " + value)));
        return String.join("\n", lines);
    }

    private static Answer read(String text) {
        if (text.length() > 8_000) {
            throw new AnswerFormatException("the answer is too long");
        }
        Map<String, Map<List<Integer>, Integer>> tables = new TreeMap<>();
        int entries = 0;
        for (String raw : text.split("[\n;]")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (++entries > MAX_ENTRIES) {
                throw new AnswerFormatException("too many table entries (at most " + MAX_ENTRIES + ")");
            }
            int equals = line.lastIndexOf('=');
            if (equals < 0) {
                throw new AnswerFormatException("an entry is written y(1) = 2, found '" + Answers.abbreviate(line) + "'");
            }
            String head = line.substring(0, equals).strip();
            int value = number(line.substring(equals + 1).strip());
            List<Integer> key = new ArrayList<>();
            String name = head;
            int open = head.indexOf('(');
            if (open >= 0) {
                if (!head.endsWith(")")) {
                    throw new AnswerFormatException("an entry's arguments end with ')', found '" + Answers.abbreviate(head) + "'");
                }
                name = head.substring(0, open).strip();
                String inside = head.substring(open + 1, head.length() - 1).strip();
                if (!inside.isEmpty()) {
                    for (String part : inside.split(",")) {
                        key.add(number(part.strip()));
                    }
                }
            }
            if (!NAMES.contains(name)) {
                throw new AnswerFormatException("'" + Answers.abbreviate(name) + "' is not a variable of the formula");
            }
            if (tables.computeIfAbsent(name, k -> new TreeMap<>(SkolemWitnessBootcamp::compareKeys)).put(List.copyOf(key), value) != null) {
                throw new AnswerFormatException("the entry " + Answers.abbreviate(head) + " is given twice");
            }
        }
        return Answer.of(tables);
    }

    private static int number(String text) {
        if (text.isEmpty() || text.length() > 2 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new AnswerFormatException("expected an element number, found '" + Answers.abbreviate(text) + "'");
        }
        return Integer.parseInt(text);
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(DOMAIN, 5)
                .with(PREFIX, Draw.scale(level, 0, 4))
                .with(OPERATORS, Draw.scale(level, 2, 7));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        String quantifiers = PREFIXES.get(knobs.get(PREFIX));
        int n = knobs.get(DOMAIN);
        List<String> atoms = new ArrayList<>();
        for (int i = 0; i < quantifiers.length(); i++) {
            atoms.add("P(" + NAMES.get(i) + ")");
            for (int j = 0; j < quantifiers.length(); j++) {
                if (i != j) {
                    atoms.add("R(" + NAMES.get(i) + ", " + NAMES.get(j) + ")");
                    atoms.add("S(" + NAMES.get(i) + ", " + NAMES.get(j) + ")");
                    if (i < j) {
                        atoms.add("(" + NAMES.get(i) + " = " + NAMES.get(j) + ")");
                    }
                }
            }
        }
        Puzzle fallback = null;
        double fallbackShare = 1;
        Puzzle lastResort = null;
        for (int attempt = 0; attempt < 400; attempt++) {
            List<Boolean> unary = new ArrayList<>();
            List<List<Boolean>> first = new ArrayList<>();
            List<List<Boolean>> second = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                unary.add(random.nextBoolean());
                List<Boolean> row = new ArrayList<>();
                List<Boolean> other = new ArrayList<>();
                for (int j = 0; j < n; j++) {
                    row.add(random.nextBoolean());
                    other.add(random.nextBoolean());
                }
                first.add(row);
                second.add(other);
            }
            Formula matrix = Formula.random(Math.max(knobs.get(OPERATORS), quantifiers.length()), atoms, List.of("~"), List.of("&", "|", "->"), 0.8, random);
            if (!usesAll(matrix, quantifiers.length())) {
                continue;
            }
            Puzzle draft = new Puzzle(n, unary, first, second, quantifiers, matrix, new Answer(List.of()));
            int[] values = new int[quantifiers.length()];
            if (!wins(draft, 0, values, false) || wins(draft, 0, values, true)) {
                continue;
            }
            Map<String, Map<List<Integer>, Integer>> tables = new TreeMap<>();
            fill(draft, 0, values, tables);
            Puzzle puzzle = new Puzzle(n, unary, first, second, quantifiers, matrix, Answer.of(tables));
            if (simpleWorks(puzzle) || !spread(puzzle)) {
                lastResort = lastResort == null ? puzzle : lastResort;
                continue;
            }
            double share = luckyShare(puzzle, random);
            if (share <= 0.01) {
                return puzzle;
            }
            if (fallback == null || share < fallbackShare) {
                fallback = puzzle;
                fallbackShare = share;
            }
        }
        fallback = fallback == null ? lastResort : fallback;
        if (fallback == null) {
            // a rare edge of the knobs where no random sentence qualified: a sentence every table proves
            Formula matrix = Formula.binary("|", Formula.atom("P(x)"), Formula.unary("~", Formula.atom("P(x)")));
            for (int i = 1; i < quantifiers.length(); i++) {
                matrix = Formula.binary("|", matrix, Formula.atom("(" + NAMES.get(i) + " = " + NAMES.get(i) + ")"));
            }
            List<Boolean> unary = new ArrayList<>();
            List<List<Boolean>> empty = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                unary.add(k % 2 == 0);
                empty.add(new ArrayList<>(java.util.Collections.nCopies(n, false)));
            }
            Puzzle draft = new Puzzle(n, unary, empty, empty, quantifiers, matrix, new Answer(List.of()));
            Map<String, Map<List<Integer>, Integer>> tables = new TreeMap<>();
            fill(draft, 0, new int[quantifiers.length()], tables);
            fallback = new Puzzle(n, unary, empty, empty, quantifiers, matrix, Answer.of(tables));
        }
        return fallback;
    }

    /**
     * For a sentence whose only existential variable comes last: every element must be a wrong witness for at least
     * two rows and a quarter of the rows, so that no table that is constant but for a few rows proves the sentence.
     */
    private static boolean spread(Puzzle puzzle) {
        String quantifiers = puzzle.quantifiers();
        int last = quantifiers.length() - 1;
        if (quantifiers.indexOf('E') != last) {
            return true;
        }
        int[] wrongRows = new int[puzzle.size()];
        int[] values = new int[quantifiers.length()];
        for (List<Integer> key : keys(puzzle, last)) {
            for (int k = 0; k < key.size(); k++) {
                values[k] = key.get(k);
            }
            for (int v = 0; v < puzzle.size(); v++) {
                values[last] = v;
                if (!holds(puzzle, puzzle.matrix(), values)) {
                    wrongRows[v]++;
                }
            }
        }
        int needed = Math.max(2, keys(puzzle, last).size() / 4);
        for (int count : wrongRows) {
            if (count < needed) {
                return false;
            }
        }
        return true;
    }

    /** The share of 200 random witness tables that happen to prove the sentence. */
    private static double luckyShare(Puzzle puzzle, RandomGenerator random) {
        int lucky = 0;
        for (int sample = 0; sample < 200; sample++) {
            Map<String, Map<List<Integer>, Integer>> tables = new TreeMap<>();
            for (int i = 0; i < puzzle.quantifiers().length(); i++) {
                if (puzzle.quantifiers().charAt(i) == 'E') {
                    Map<List<Integer>, Integer> table = new TreeMap<>(SkolemWitnessBootcamp::compareKeys);
                    for (List<Integer> key : keys(puzzle, i)) {
                        table.put(key, random.nextInt(puzzle.size()));
                    }
                    tables.put(NAMES.get(i), table);
                }
            }
            if (failure(puzzle, Answer.of(tables)) == null) {
                lucky++;
            }
        }
        return lucky / 200.0;
    }

    private static boolean usesAll(Formula matrix, int variables) {
        String text = matrix.render();
        for (int i = 0; i < variables; i++) {
            if (!text.contains(NAMES.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the formula from quantifier {@code at} on holds; {@code allUniversal} reads every quantifier as for-all. */
    private static boolean wins(Puzzle puzzle, int at, int[] values, boolean allUniversal) {
        if (at == values.length) {
            return holds(puzzle, puzzle.matrix(), values);
        }
        boolean universal = allUniversal || puzzle.quantifiers().charAt(at) == 'A';
        for (int v = 0; v < puzzle.size(); v++) {
            values[at] = v;
            boolean result = wins(puzzle, at + 1, values, allUniversal);
            if (universal && !result) {
                return false;
            }
            if (!universal && result) {
                return true;
            }
        }
        return universal;
    }

    private static void fill(Puzzle puzzle, int at, int[] values, Map<String, Map<List<Integer>, Integer>> tables) {
        if (at == values.length) {
            return;
        }
        if (puzzle.quantifiers().charAt(at) == 'A') {
            for (int v = 0; v < puzzle.size(); v++) {
                values[at] = v;
                fill(puzzle, at + 1, values, tables);
            }
            return;
        }
        for (int v = 0; v < puzzle.size(); v++) {
            values[at] = v;
            if (wins(puzzle, at + 1, values, false)) {
                tables.computeIfAbsent(NAMES.get(at), k -> new TreeMap<>(SkolemWitnessBootcamp::compareKeys)).put(key(puzzle, at, values), v);
                fill(puzzle, at + 1, values, tables);
                return;
            }
        }
    }

    private static List<Integer> key(Puzzle puzzle, int at, int[] values) {
        List<Integer> key = new ArrayList<>();
        for (int i = 0; i < at; i++) {
            if (puzzle.quantifiers().charAt(i) == 'A') {
                key.add(values[i]);
            }
        }
        return key;
    }

    /**
     * Whether tables of a simple kind prove the sentence: each existential variable always the same element, or always
     * equal to one of the universal variables before it.
     */
    private static boolean simpleWorks(Puzzle puzzle) {
        List<Integer> existentials = new ArrayList<>();
        for (int i = 0; i < puzzle.quantifiers().length(); i++) {
            if (puzzle.quantifiers().charAt(i) == 'E') {
                existentials.add(i);
            }
        }
        int universals = (int) puzzle.quantifiers().chars().filter(c -> c == 'A').count();
        int kinds = puzzle.size() + universals;
        int combinations = (int) Math.pow(kinds, existentials.size());
        for (int code = 0; code < combinations; code++) {
            Map<String, Map<List<Integer>, Integer>> tables = new TreeMap<>();
            int rest = code;
            for (int at : existentials) {
                int kind = rest % kinds;
                rest /= kinds;
                Map<List<Integer>, Integer> table = new TreeMap<>(SkolemWitnessBootcamp::compareKeys);
                for (List<Integer> key : keys(puzzle, at)) {
                    int projection = kind - puzzle.size();
                    table.put(key, kind < puzzle.size() ? kind : projection < key.size() ? key.get(projection) : 0);
                }
                tables.put(NAMES.get(at), table);
            }
            if (failure(puzzle, Answer.of(tables)) == null) {
                return true;
            }
        }
        return false;
    }

    /** Every key of the table of the existential variable at {@code at}. */
    private static List<List<Integer>> keys(Puzzle puzzle, int at) {
        List<List<Integer>> keys = new ArrayList<>();
        keys.add(List.of());
        for (int i = 0; i < at; i++) {
            if (puzzle.quantifiers().charAt(i) == 'A') {
                List<List<Integer>> longer = new ArrayList<>();
                for (List<Integer> key : keys) {
                    for (int v = 0; v < puzzle.size(); v++) {
                        List<Integer> next = new ArrayList<>(key);
                        next.add(v);
                        longer.add(List.copyOf(next));
                    }
                }
                keys = longer;
            }
        }
        return keys;
    }

    private static boolean holds(Puzzle puzzle, Formula formula, int[] values) {
        return switch (formula.operator()) {
            case "atom" -> atom(puzzle, formula.atom(), values);
            case "~" -> !holds(puzzle, formula.operands().get(0), values);
            case "&" -> holds(puzzle, formula.operands().get(0), values) && holds(puzzle, formula.operands().get(1), values);
            case "|" -> holds(puzzle, formula.operands().get(0), values) || holds(puzzle, formula.operands().get(1), values);
            default -> !holds(puzzle, formula.operands().get(0), values) || holds(puzzle, formula.operands().get(1), values);
        };
    }

    private static boolean atom(Puzzle puzzle, String atom, int[] values) {
        if (atom.contains("=")) {
            return values[NAMES.indexOf(atom.substring(1, 2))] == values[NAMES.indexOf(atom.substring(atom.length() - 2, atom.length() - 1))];
        }
        int a = values[NAMES.indexOf(atom.substring(2, 3))];
        if (atom.charAt(0) == 'P') {
            return puzzle.unary().get(a);
        }
        int b = values[NAMES.indexOf(atom.substring(atom.length() - 2, atom.length() - 1))];
        return (atom.charAt(0) == 'R' ? puzzle.first() : puzzle.second()).get(a).get(b);
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        List<String> elements = new ArrayList<>();
        for (int i = 0; i < puzzle.size(); i++) {
            elements.add(String.valueOf(i));
        }
        text.append("A structure has the elements ").append(String.join(", ", elements)).append(" and these relations (every")
                .append(" fact not listed is false):\n")
                .append("P holds of: ").append(listUnary(puzzle)).append('\n')
                .append("R holds of the pairs: ").append(listPairs(puzzle.first())).append('\n')
                .append("S holds of the pairs: ").append(listPairs(puzzle.second())).append("\n\n")
                .append("Connectives: ~ not, & and, | or, -> implies; = is equality of elements. This sentence is true in the structure:\n")
                .append(prefix(puzzle)).append(puzzle.matrix().render()).append("\n\n")
                .append("Prove it with witness tables (Skolem functions). For each variable bound by 'exists', give the element")
                .append(" it takes for every combination of values of the 'forall' variables quantified before it, written as")
                .append(" lines such as a(2, 0) = 1 (the arguments are the values of those 'forall' variables, in the order")
                .append(" they are quantified) or b = 3 when none comes before it. The tables must make the formula after the")
                .append(" quantifiers true for every choice of values of the 'forall' variables. Answer with the table lines only,")
                .append(" one entry per line, covering every combination.");
        return text.toString();
    }

    private static String prefix(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < puzzle.quantifiers().length(); i++) {
            text.append(puzzle.quantifiers().charAt(i) == 'A' ? "forall " : "exists ").append(NAMES.get(i)).append(". ");
        }
        return text.toString();
    }

    private static String listUnary(Puzzle puzzle) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < puzzle.size(); i++) {
            if (puzzle.unary().get(i)) {
                parts.add(String.valueOf(i));
            }
        }
        return parts.isEmpty() ? "nothing" : String.join(", ", parts);
    }

    private static String listPairs(List<List<Boolean>> table) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            for (int j = 0; j < table.size(); j++) {
                if (table.get(i).get(j)) {
                    parts.add("(" + i + ", " + j + ")");
                }
            }
        }
        return parts.isEmpty() ? "none" : String.join(" ", parts);
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return puzzle.witness();
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        for (String name : tables(answer).keySet()) {
            int at = NAMES.indexOf(name);
            if (at >= puzzle.quantifiers().length() || puzzle.quantifiers().charAt(at) != 'E') {
                return Score.wrong(name + " is not an existential variable of the sentence");
            }
        }
        String problem = failure(puzzle, answer);
        return problem == null ? Score.correct("the witnesses make the formula true for every choice") : Score.wrong(problem);
    }

    /** The first choice of universal values where a witness is missing or the formula fails, or null. */
    private static String failure(Puzzle puzzle, Answer answer) {
        int variables = puzzle.quantifiers().length();
        Map<String, Map<List<Integer>, Integer>> tables = tables(answer);
        int[] values = new int[variables];
        int universals = (int) puzzle.quantifiers().chars().filter(c -> c == 'A').count();
        int combinations = (int) Math.pow(puzzle.size(), universals);
        for (int code = 0; code < combinations; code++) {
            int rest = code;
            List<String> shown = new ArrayList<>();
            for (int i = variables - 1; i >= 0; i--) {
                if (puzzle.quantifiers().charAt(i) == 'A') {
                    values[i] = rest % puzzle.size();
                    rest /= puzzle.size();
                }
            }
            for (int i = 0; i < variables; i++) {
                if (puzzle.quantifiers().charAt(i) == 'A') {
                    shown.add(NAMES.get(i) + " = " + values[i]);
                    continue;
                }
                List<Integer> key = key(puzzle, i, values);
                Integer value = tables.getOrDefault(NAMES.get(i), Map.of()).get(key);
                String entry = NAMES.get(i) + (key.isEmpty() ? "" : "(" + String.join(", ", key.stream().map(String::valueOf).toList()) + ")");
                if (value == null) {
                    return "no value is given for " + entry;
                }
                if (value >= puzzle.size()) {
                    return entry + " = " + value + " is not an element";
                }
                values[i] = value;
            }
            if (!holds(puzzle, puzzle.matrix(), values)) {
                return "with " + (shown.isEmpty() ? "these witnesses" : String.join(", ", shown)) + " the formula is false";
            }
        }
        return null;
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        for (String name : tables(gold).keySet()) {
            for (List<Integer> key : tables(gold).get(name).keySet()) {
                for (int v = 0; v < puzzle.size(); v++) {
                    Map<String, Map<List<Integer>, Integer>> changed = new TreeMap<>(tables(gold));
                    Map<List<Integer>, Integer> table = new TreeMap<>(SkolemWitnessBootcamp::compareKeys);
                    table.putAll(tables(gold).get(name));
                    table.put(key, v);
                    changed.put(name, table);
                    Answer miss = Answer.of(changed);
                    if (!check(puzzle, miss).passed()) {
                        misses.add(miss);
                        break;
                    }
                }
                if (misses.size() >= 3) {
                    return misses;
                }
            }
        }
        Map<String, Map<List<Integer>, Integer>> dropped = new TreeMap<>(tables(gold));
        dropped.remove(dropped.keySet().iterator().next());
        misses.add(Answer.of(dropped));
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        int entries = 0;
        for (Map<List<Integer>, Integer> table : tables(puzzle.witness()).values()) {
            entries += table.size();
        }
        return entries * (1 + puzzle.matrix().size()) * puzzle.size();
    }
}
