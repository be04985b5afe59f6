package dev.bootcamp.scripts;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.ConfigurationException;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Names;
import dev.bootcamp.api.Tier;
import dev.bootcamp.scripts.PythonTokens.Kind;
import dev.bootcamp.scripts.PythonTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A script bootcamp's source, described without running it: {@code INFO} (a literal) read into a {@link BootcampInfo}
 * and ten levels, and, when {@code checked}, the rules of {@link ScriptRules} and the required functions verified.
 *
 * @param file how errors name the script: the file name for a built-in script, the path for a plugin
 * @param text the source
 * @param info what the bootcamp is
 * @param levels the knobs at levels 1..10 (index 0 is level 1)
 * @param infoLiteral {@code INFO} as read, compared with what the script computes when it runs
 * @param checked whether the whole source was checked ({@link #read}) or only {@code INFO} was read ({@link #describe})
 */
public record ScriptSource(String file, String text, BootcampInfo info, List<Knobs> levels, Map<String, Object> infoLiteral,
        boolean checked) {
    static final List<String> REQUIRED_FUNCTIONS = List.of("generate", "question", "solve", "render", "parse", "check");
    private static final List<String> INFO_KEYS = List.of("id", "title", "domain", "tags", "summary", "version", "knobs", "levels",
            "answer_shape", "several_answers", "unique_solution", "diversity_floor");
    private static final List<String> KNOB_KEYS = List.of("name", "type", "min", "max", "default", "choices", "meaning");

    public ScriptSource {
        requireNonNull(file, "file is null");
        requireNonNull(text, "text is null");
        requireNonNull(info, "info is null");
        levels = List.copyOf(levels);
    }

    /**
     * Reads and checks a whole script: the sandbox rules, one literal {@code INFO}, the required functions. {@code file}
     * names it in errors; its last path segment must be {@code <id>.py}. Throws {@link ScriptException} naming the file
     * and line of the first problem.
     */
    public static ScriptSource read(String file, String text) {
        List<Token> tokens = PythonTokens.read(text, file);
        ScriptRules.check(tokens, file);
        PythonLiteral.Assignment assignment = PythonLiteral.assigned(tokens, "INFO", file);
        Set<String> defined = topLevelFunctions(tokens);
        for (String function : REQUIRED_FUNCTIONS) {
            if (!defined.contains(function)) {
                throw ScriptException.at(file, 0, "defines no function '" + function + "'; a script bootcamp defines "
                        + String.join(", ", REQUIRED_FUNCTIONS) + " with def at the top level");
            }
        }
        ScriptSource source = build(file, text, assignment, true);
        if (source.info().uniqueSolution() && !defined.contains("count_solutions")) {
            throw ScriptException.at(file, assignment.line(), "INFO claims unique_solution but the script defines no"
                    + " count_solutions(puzzle, limit)");
        }
        return source;
    }

    /** One rule a script breaks, found on its syntax tree. */
    public record TreeProblem(int line, String message) {}

    /**
     * The sandbox rules checked on the syntax tree Jython's parser makes of {@code text} (names and attributes behind
     * number literals included), each problem with its line. Parsing starts the Jython runtime; no script code runs.
     */
    public static List<TreeProblem> treeProblems(String file, String text) {
        return Sandbox.treeProblems(text, file).stream().map(problem -> new TreeProblem(problem.line(), problem.message())).toList();
    }

    /**
     * Reads only {@code INFO}, without tokenizing the rest: how the catalogue describes its built-in scripts quickly.
     * The rest is checked by {@link #read} when the script is first loaded.
     */
    public static ScriptSource describe(String file, String text) {
        return build(file, text, PythonLiteral.assigned(PythonTokens.readAssignment(text, "INFO", file), "INFO", file), false);
    }

    private static ScriptSource build(String file, String text, PythonLiteral.Assignment assignment, boolean checked) {
        if (assignment == null) {
            throw ScriptException.at(file, 0, "defines no INFO; a script bootcamp starts with INFO = {'id': ..., 'knobs': [...],"
                    + " 'levels': [...], ...}");
        }
        if (!(assignment.value() instanceof Map<?, ?> map)) {
            throw ScriptException.at(file, assignment.line(), "INFO must be a dict");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> literal = (Map<String, Object>) map;
        InfoReader reader = new InfoReader(file, assignment.line());
        BootcampInfo info = reader.info(literal);
        String name = file.replace('\\', '/').substring(file.replace('\\', '/').lastIndexOf('/') + 1);
        if (!name.equals(info.id() + ".py")) {
            throw ScriptException.at(file, assignment.line(), "the file of bootcamp '" + info.id() + "' must be named " + info.id()
                    + ".py, found " + name);
        }
        return new ScriptSource(file, text, info, reader.levels(literal.get("levels"), info), literal, checked);
    }

    private static Set<String> topLevelFunctions(List<Token> tokens) {
        Set<String> names = new TreeSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean statementStart = i == 0 || tokens.get(i - 1).kind() == Kind.NEWLINE;
            if (statementStart && token.column() == 0 && token.is(Kind.NAME, "def") && tokens.get(i + 1).kind() == Kind.NAME) {
                names.add(tokens.get(i + 1).text());
            }
        }
        return names;
    }

    /** Reads the INFO literal; every error names the file and the line of INFO. */
    private record InfoReader(String file, int line) {
        BootcampInfo info(Map<String, Object> literal) {
            for (String key : literal.keySet()) {
                if (!INFO_KEYS.contains(key)) {
                    throw error("INFO has an unknown key '" + key + "'" + Names.didYouMean(key, INFO_KEYS) + " keys: "
                            + String.join(", ", INFO_KEYS));
                }
            }
            try {
                BootcampInfo.Builder builder = BootcampInfo.builder(text(literal, "id", "INFO"))
                        .title(text(literal, "title", "INFO"))
                        .domain(text(literal, "domain", "INFO"))
                        .summary(text(literal, "summary", "INFO"))
                        .version(integer(literal, "version", "INFO"))
                        .answerShape(text(literal, "answer_shape", "INFO"))
                        .tags(list(literal, "tags", "INFO").stream().map(tag -> asText(tag, "a tag")).toArray(String[]::new));
                if (flag(literal, "several_answers")) {
                    builder.severalAnswers();
                }
                if (flag(literal, "unique_solution")) {
                    builder.uniqueSolution();
                }
                if (literal.containsKey("diversity_floor")) {
                    builder.diversityFloor(number(literal.get("diversity_floor"), "diversity_floor"));
                }
                for (Object knob : list(literal, "knobs", "INFO")) {
                    builder.knob(knob(knob));
                }
                return builder.build();
            } catch (IllegalArgumentException | ConfigurationException e) {
                throw error("INFO is not valid: " + e.getMessage());
            }
        }

        List<Knobs> levels(Object value, BootcampInfo info) {
            if (!(value instanceof List<?> list) || list.size() != Tier.MAX_LEVEL) {
                throw error("INFO['levels'] must be a list of " + Tier.MAX_LEVEL + " dicts of knob values, for levels 1.."
                        + Tier.MAX_LEVEL);
            }
            List<Knobs> levels = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof Map<?, ?> values)) {
                    throw error("INFO['levels'][" + i + "] (level " + (i + 1) + ") must be a dict of knob values");
                }
                Knobs knobs = info.defaults();
                for (Map.Entry<?, ?> entry : values.entrySet()) {
                    try {
                        knobs = knobs.with((String) entry.getKey(), entry.getValue());
                    } catch (ConfigurationException | IllegalArgumentException | NullPointerException e) {
                        throw error("level " + (i + 1) + ": " + e.getMessage());
                    }
                }
                levels.add(knobs);
            }
            return levels;
        }

        private Knob<?> knob(Object value) {
            if (!(value instanceof Map<?, ?> raw)) {
                throw error("each knob must be a dict with keys " + String.join(", ", KNOB_KEYS));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) raw;
            String name = text(map, "name", "a knob");
            String where = "knob '" + name + "'";
            for (String key : map.keySet()) {
                if (!KNOB_KEYS.contains(key)) {
                    throw error(where + " has an unknown key '" + key + "'" + Names.didYouMean(key, KNOB_KEYS) + " keys: "
                            + String.join(", ", KNOB_KEYS));
                }
            }
            String type = text(map, "type", where);
            String meaning = text(map, "meaning", where);
            Object defaultValue = map.get("default");
            return switch (type) {
                case "int" -> Knob.integer(name, integer(map, "min", where), integer(map, "max", where), integer(map, "default", where),
                        meaning);
                case "double" -> Knob.decimal(name, number(map.get("min"), where + " min"), number(map.get("max"), where + " max"),
                        number(defaultValue, where + " default"), meaning);
                case "choice" -> Knob.choice(name, list(map, "choices", where).stream().map(choice -> asText(choice, "a choice")).toList(),
                        text(map, "default", where), meaning);
                case "bool" -> {
                    if (!(defaultValue instanceof Boolean flag)) {
                        throw error(where + " needs a default of True or False");
                    }
                    yield Knob.flag(name, flag, meaning);
                }
                default -> throw error(where + " has type '" + type + "'" + Names.didYouMean(type, List.of("int", "double", "choice", "bool"))
                        + " types: int, double, choice, bool");
            };
        }

        private String text(Map<String, Object> map, String key, String where) {
            if (!map.containsKey(key)) {
                throw error(where + " has no '" + key + "'");
            }
            return asText(map.get(key), where + " '" + key + "'");
        }

        private String asText(Object value, String what) {
            if (!(value instanceof String string)) {
                throw error(what + " must be a string, found " + value);
            }
            return string;
        }

        private int integer(Map<String, Object> map, String key, String where) {
            Object value = map.get(key);
            if (!(value instanceof Integer number)) {
                throw error(where + " '" + key + "' must be an integer, found " + value);
            }
            return number;
        }

        private double number(Object value, String what) {
            if (!(value instanceof Number number)) {
                throw error(what + " must be a number, found " + value);
            }
            return number.doubleValue();
        }

        private boolean flag(Map<String, Object> map, String key) {
            Object value = map.getOrDefault(key, Boolean.FALSE);
            if (!(value instanceof Boolean flag)) {
                throw error("INFO '" + key + "' must be True or False, found " + value);
            }
            return flag;
        }

        private List<?> list(Map<String, Object> map, String key, String where) {
            Object value = map.get(key);
            if (!(value instanceof List<?> list)) {
                throw error(where + " '" + key + "' must be a list, found " + value);
            }
            return list;
        }

        private ScriptException error(String message) {
            return ScriptException.at(file, line, message);
        }
    }
}
