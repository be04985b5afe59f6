package dev.bootcamp.scripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.core.CaseRandom;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Escapes from the Jython host tried as an attacker would (issue 11): each is refused on the syntax tree and writes nothing. */
class ScriptEscapeTest {
    private static final String HEADER = """
            INFO = {'id': 'probe', 'title': 'Probe', 'domain': 'math', 'tags': ['test'], 'version': 1,
                    'summary': 'Say the number; a test script.', 'answer_shape': 'one integer',
                    'knobs': [{'name': 'size', 'type': 'int', 'min': 1, 'max': 10, 'default': 2, 'meaning': 'how large'}],
                    'levels': [{'size': 1}, {'size': 2}, {'size': 3}, {'size': 4}, {'size': 5},
                               {'size': 6}, {'size': 7}, {'size': 8}, {'size': 9}, {'size': 10}]}
            import fractions
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

    @TempDir
    Path folder;

    @Test
    void aDunderChainBehindANumberIsRefused() {
        Path marker = folder.resolve("number-marker");
        String script = HEADER + """
                def generate(knobs, rng):
                    for k in 1.0.__class__.__base__.__subclasses__():
                        if k.__name__ == 'file':
                            k('%s', 'w').write('x')
                    return {'n': 5}
                """.formatted(marker);
        assertRefused(script, "__class__", "__subclasses__", marker);
    }

    @Test
    void aDunderChainBehindANumberAtModuleLoadIsRefused() {
        Path marker = folder.resolve("load-marker");
        String script = HEADER + """
                X = [k for k in 0.5.__class__.__base__.__subclasses__() if k.__name__ == 'file'][0]('%s', 'w')
                def generate(knobs, rng):
                    return {'n': 5}
                """.formatted(marker);
        assertRefused(script, "__class__", "__subclasses__", marker);
    }

    @Test
    void theFunctionGlobalsWalkIsRefused() {
        Path marker = folder.resolve("globals-marker");
        String script = HEADER + """
                def generate(knobs, rng):
                    g = 1.0.__class__.__base__.__subclasses__()[0].__init__.im_func.func_globals
                    g['__builtins__']['file']('%s', 'w').write('x')
                    return {'n': 5}
                """.formatted(marker);
        assertRefused(script, "im_func", "(im_func|func_globals)", marker);
        // The same walk with every step behind a number literal, which a tokenizer reads as one NUMBER.
        String hidden = HEADER + "def generate(knobs, rng):\n    g = 1.0.conjugate.im_func.func_globals\n    return {'n': 5}\n";
        assertRefused(hidden, "func_globals", "(im_func|func_globals)", folder.resolve("hidden-marker"));
        for (String attribute : new String[] {"func_globals", "f_globals", "gi_frame", "__globals__", "__subclasses__", "f_back"}) {
            String walk = HEADER + "def generate(knobs, rng):\n    return {'n': 2.0.real." + attribute + "}\n";
            assertThat(ScriptSource.treeProblems("probe.py", walk)).as(attribute)
                    .anySatisfy(problem -> assertThat(problem.message()).contains("'" + attribute + "'"));
        }
    }

    @Test
    void theTreeNamesTheLine() {
        String script = HEADER + "def generate(knobs, rng):\n    return {'n': 1.0.__class__}\n";
        int line = (int) HEADER.lines().count() + 2;
        assertThat(ScriptSource.treeProblems("probe.py", script)).extracting(ScriptSource.TreeProblem::line).contains(line);
        assertThat(ScriptSource.treeProblems("probe.py", HEADER + "def generate(knobs, rng):\n    return {'n': 1.5}\n")).isEmpty();
    }

    /** The tree reports {@code name} among its problems; loading stops at the first problem, whose name matches {@code first}. */
    private static void assertRefused(String script, String name, String first, Path marker) {
        assertThat(ScriptSource.treeProblems("probe.py", script))
                .anySatisfy(problem -> assertThat(problem.message()).contains("'" + name + "'"));
        assertThatThrownBy(() -> {
            ScriptBootcamp bootcamp = new ScriptBootcamp(ScriptSource.read("probe.py", script));
            bootcamp.generate(bootcamp.atLevel(1), new CaseRandom(1));
        }).hasMessageMatching("(?s).*'" + first + "' is not allowed.*");
        assertThat(marker).doesNotExist();
    }
}
