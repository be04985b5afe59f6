package dev.bootcamp.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.core.CaseRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The run-time guards on what scripts hold of the allowed modules (issue 11): with the token and syntax-tree rules
 * switched off, as if a script had slipped past them, no attribute walk from a module object, its functions or its
 * classes reaches {@code __class__}, {@code __dict__}, {@code func_globals}, {@code im_func}, {@code _sys} and the like;
 * while scripts still use the modules as usual.
 */
class ScriptRuntimeGuardTest {
    private static final String HEADER = """
            INFO = {'id': 'probe', 'title': 'Probe', 'domain': 'math', 'tags': ['test'], 'version': 1,
                    'summary': 'Say the number; a test script.', 'answer_shape': 'one integer',
                    'knobs': [{'name': 'size', 'type': 'int', 'min': 1, 'max': 10, 'default': 2, 'meaning': 'how large'}],
                    'levels': [{'size': 1}, {'size': 2}, {'size': 3}, {'size': 4}, {'size': 5},
                               {'size': 6}, {'size': 7}, {'size': 8}, {'size': 9}, {'size': 10}]}
            def question(puzzle):
                return 'What is three times %d?' % puzzle['n']
            def solve(puzzle):
                return puzzle['n'] * 3
            def render(answer):
                return str(answer)
            def parse(text):
                return int(text.strip())
            def check(puzzle, answer):
                return (1, 'right') if answer == puzzle['n'] * 3 else (0, 'wrong')
            """;
    /** Attributes that lead, on an unguarded object, to classes, globals, frames or the interpreter. */
    private static final List<String> WALKS = List.of("__class__", "__dict__", "func_globals", "__globals__", "im_func", "im_self",
            "__self__", "_sys", "__init__", "__new__", "__mro__", "__bases__", "__base__", "__subclasses__", "__module__", "func_code",
            "__code__", "func_closure", "__closure__", "__call__", "__getattribute__", "__reduce_ex__", "__builtins__", "__all__");

    @Test
    void noWalkFromAnAllowedModuleReachesInternalsWithTheRulesOff() {
        List<String> modules = new ArrayList<>(new TreeSet<>(ScriptRules.ALLOWED_MODULES));
        StringBuilder script = new StringBuilder(HEADER);
        script.append("import ").append(String.join(", ", modules)).append('\n');
        script.append("MODULES = [").append(String.join(", ", modules)).append("]\n");
        script.append("def walks(x, label):\n    found = []\n");
        for (String attribute : WALKS) {
            script.append("    try:\n        x.").append(attribute).append("\n        found.append(label + '.").append(attribute)
                    .append("')\n    except AttributeError:\n        pass\n");
        }
        script.append("""
                    return found
                def reached():
                    found = []
                    walked = 0
                    for m in MODULES:
                        found += walks(m, m.__name__)
                        for name in dir(m):
                            value = getattr(m, name)
                            if callable(value) and not (isinstance(value, type) and issubclass(value, BaseException)):
                                found += walks(value, m.__name__ + '.' + name)
                                walked += 1
                    return found, walked
                def generate(knobs, rng):
                    found, walked = reached()
                    return {'n': 1, 'found': found, 'walked': walked, 'control': walks(1.5, 'float')}
                """);
        JsonNode puzzle = withRulesOff(() -> generate(script.toString()));
        assertThat(puzzle.path("control").toString()).as("the rules are really off: a float still shows its class").contains("float.__class__");
        assertThat(puzzle.path("walked").asInt()).as("functions and classes walked").isGreaterThan(100);
        assertThat(puzzle.path("found")).as("walks that reached something").isEmpty();
    }

    @Test
    void scriptsStillUseTheModulesClassesAndFunctions() {
        String script = HEADER + """
                import collections, fractions, functools, itertools, re
                from collections import *
                Point = collections.namedtuple('Point', 'x y')
                class Shifted(Point):
                    def moved(self):
                        return Shifted(self.x + 1, self.y)
                def generate(knobs, rng):
                    queue = collections.deque([1, 2])
                    queue.append(3)
                    half = fractions.Fraction(1, 2)
                    counts = Counter('abca')
                    try:
                        re.compile('(')
                        bad = 0
                    except re.error:
                        bad = 1
                    checks = [isinstance(half, fractions.Fraction), isinstance(queue, (int, deque)), type(half) == fractions.Fraction,
                              issubclass(OrderedDict, dict), not isinstance(3, fractions.Fraction)]
                    total = functools.reduce(lambda a, b: a + b, itertools.chain.from_iterable([[1, 2], [3]]))
                    return {'n': len(queue) + counts['a'] + bad + total + Shifted(1, 2).moved().x, 'checks': checks,
                            'half': str(half + fractions.Fraction.from_float(0.5)), 'name': fractions.Fraction.__name__}
                """;
        JsonNode puzzle = generate(script);
        assertThat(puzzle.path("n").asInt()).isEqualTo(3 + 2 + 1 + 6 + 2);
        assertThat(puzzle.path("checks").toString()).isEqualTo("[true,true,true,true,true]");
        assertThat(puzzle.path("half").asText()).isEqualTo("1");
        assertThat(puzzle.path("name").asText()).isEqualTo("Fraction");
    }

    private static JsonNode generate(String script) {
        ScriptBootcamp bootcamp = new ScriptBootcamp(ScriptSource.read("probe.py", script));
        return bootcamp.generate(bootcamp.atLevel(1), new CaseRandom(1));
    }

    private static <T> T withRulesOff(java.util.function.Supplier<T> work) {
        ScriptRules.enforced = false;
        try {
            return work.get();
        } finally {
            ScriptRules.enforced = true;
        }
    }
}
