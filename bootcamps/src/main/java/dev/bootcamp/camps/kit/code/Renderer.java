package dev.bootcamp.camps.kit.code;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a {@link Program} as Python, JavaScript or C++ source, one statement a line (braces languages add a line for
 * each closing brace), recording the line of every statement. The three renderings run the same way under the rules
 * {@link Language} states, for the programs the builders make (ints within 32 bits outside C++, no fault in JavaScript,
 * no bool printed).
 */
public final class Renderer {
    private static final String INDENT = "    ";
    private final Program program;
    private final Language language;
    private final List<String> lines = new ArrayList<>();
    private final IdentityHashMap<Stmt, Integer> lineOf = new IdentityHashMap<>();
    private final Map<String, Type> types = new HashMap<>();

    private Renderer(Program program, Language language) {
        this.program = program;
        this.language = language;
    }

    /** The source of {@code program} in {@code language}. */
    public static Listing render(Program program, Language language) {
        Renderer renderer = new Renderer(program, language);
        renderer.program();
        return new Listing(renderer.lines, renderer.lineOf);
    }

    /** One expression in {@code language}, with {@code types} naming the type of each variable it reads. */
    public static String expression(Expr expr, Language language, Map<String, Type> types) {
        Renderer renderer = new Renderer(new Program(List.of(), List.of()), language);
        renderer.types.putAll(types);
        return renderer.expr(expr);
    }

    private void program() {
        for (Program.Function function : program.functions()) {
            types.clear();
            function.params().forEach(param -> types.put(param.name(), param.type()));
            String params = function.params().stream().map(this::param).collect(Collectors.joining(", "));
            String head = switch (language) {
                case PYTHON -> "def " + function.name() + "(" + params + "):";
                case JAVASCRIPT -> "function " + function.name() + "(" + params + ") {";
                case CPP -> cppType(function.returns()) + " " + function.name() + "(" + params + ") {";
            };
            lines.add(head);
            block(function.body(), 1);
            close(0);
        }
        types.clear();
        if (language == Language.CPP && !program.main().isEmpty()) {
            lines.add("int main() {");
            block(program.main(), 1);
            lines.add("}");
            return;
        }
        block(program.main(), 0);
    }

    private String param(Program.Param param) {
        if (language != Language.CPP) {
            return param.name();
        }
        return param.type() == Type.LIST ? "vector<int>& " + param.name() : cppType(param.type()) + " " + param.name();
    }

    private static String cppType(Type type) {
        return switch (type) {
            case INT -> "int";
            case BOOL -> "bool";
            case TEXT -> "string";
            case LIST -> "vector<int>";
            case VOID -> "void";
        };
    }

    private void close(int depth) {
        if (language != Language.PYTHON) {
            lines.add(INDENT.repeat(depth) + "}");
        }
    }

    private String end() {
        return language == Language.PYTHON ? "" : ";";
    }

    private void block(List<Stmt> statements, int depth) {
        for (Stmt statement : statements) {
            statement(statement, depth);
        }
    }

    private void add(Stmt statement, int depth, String text) {
        lines.add(INDENT.repeat(depth) + text);
        lineOf.put(statement, lines.size());
    }

    private void statement(Stmt statement, int depth) {
        if (statement instanceof Stmt.Let let) {
            types.put(let.name(), let.type());
            String head = switch (language) {
                case PYTHON -> "";
                case JAVASCRIPT -> "let ";
                case CPP -> cppType(let.type()) + " ";
            };
            add(statement, depth, head + let.name() + " = " + expr(let.value()) + end());
        } else if (statement instanceof Stmt.Assign assign) {
            add(statement, depth, assign.name() + " = " + expr(assign.value()) + end());
        } else if (statement instanceof Stmt.SetItem set) {
            add(statement, depth, set.list() + "[" + expr(set.index()) + "] = " + expr(set.value()) + end());
        } else if (statement instanceof Stmt.Append append) {
            String method = switch (language) {
                case PYTHON -> "append";
                case JAVASCRIPT -> "push";
                case CPP -> "push_back";
            };
            add(statement, depth, append.list() + "." + method + "(" + expr(append.value()) + ")" + end());
        } else if (statement instanceof Stmt.If branch) {
            branch(branch, depth, false);
        } else if (statement instanceof Stmt.While loop) {
            add(statement, depth, language == Language.PYTHON ? "while " + expr(loop.condition()) + ":"
                    : "while (" + expr(loop.condition()) + ") {");
            block(loop.body(), depth + 1);
            close(depth);
        } else if (statement instanceof Stmt.For loop) {
            types.put(loop.variable(), Type.INT);
            String v = loop.variable();
            String head = switch (language) {
                case PYTHON -> "for " + v + " in range(" + (loop.start().equals(new Expr.Num(0)) ? "" : expr(loop.start()) + ", ")
                        + expr(loop.end()) + "):";
                case JAVASCRIPT -> "for (let " + v + " = " + expr(loop.start()) + "; " + v + " < " + expr(loop.end()) + "; " + v + "++) {";
                case CPP -> "for (int " + v + " = " + expr(loop.start()) + "; " + v + " < " + expr(loop.end()) + "; " + v + "++) {";
            };
            add(statement, depth, head);
            block(loop.body(), depth + 1);
            close(depth);
        } else if (statement instanceof Stmt.Return done) {
            add(statement, depth, done.value() == null ? "return" + end() : "return " + expr(done.value()) + end());
        } else if (statement instanceof Stmt.Print print) {
            add(statement, depth, print(print.value()) + end());
        } else if (statement instanceof Stmt.Run run) {
            add(statement, depth, expr(run.call()) + end());
        }
    }

    private String print(Expr value) {
        return switch (language) {
            case PYTHON -> "print(" + expr(value) + ")";
            // String() so that JavaScript's negative zero prints as 0, like the other languages
            case JAVASCRIPT -> "console.log(" + (type(value) == Type.INT ? "String(" + expr(value) + ")" : expr(value)) + ")";
            case CPP -> "cout << " + wrap(value, 5) + " << endl";
        };
    }

    private void branch(Stmt.If branch, int depth, boolean chained) {
        String condition = expr(branch.condition());
        if (language == Language.PYTHON) {
            add(branch, depth, (chained ? "elif " : "if ") + condition + ":");
        } else {
            add(branch, depth, (chained ? "} else if (" : "if (") + condition + ") {");
        }
        block(branch.then(), depth + 1);
        List<Stmt> otherwise = branch.otherwise();
        if (otherwise.size() == 1 && otherwise.get(0) instanceof Stmt.If next) {
            branch(next, depth, true);
            return;
        }
        if (!otherwise.isEmpty()) {
            lines.add(INDENT.repeat(depth) + (language == Language.PYTHON ? "else:" : "} else {"));
            block(otherwise, depth + 1);
        }
        close(depth);
    }

    private Type type(Expr expr) {
        if (expr instanceof Expr.Text || expr instanceof Expr.ToText) {
            return Type.TEXT;
        }
        if (expr instanceof Expr.Bool || expr instanceof Expr.Not) {
            return Type.BOOL;
        }
        if (expr instanceof Expr.Var var) {
            return types.getOrDefault(var.name(), Type.INT);
        }
        if (expr instanceof Expr.ListOf || expr instanceof Expr.Copy) {
            return Type.LIST;
        }
        if (expr instanceof Expr.Call call) {
            return program.function(call.name()).map(Program.Function::returns).orElse(Type.INT);
        }
        if (expr instanceof Expr.Binary binary && BITWISE.contains(binary.op())) {
            return Type.INT;
        }
        if (expr instanceof Expr.Binary binary) {
            int precedence = precedence(binary.op());
            if (precedence <= 4) {
                return Type.BOOL;
            }
            return binary.op().equals("+") && type(binary.left()) == Type.TEXT ? Type.TEXT : Type.INT;
        }
        return Type.INT;
    }

    /** Bit operations: the languages rank them differently against comparisons, so they always get brackets. */
    private static final Set<String> BITWISE = Set.of("&", "|", "^", "<<", ">>");

    private static int precedence(String op) {
        if (BITWISE.contains(op)) {
            return 0;
        }
        return switch (op) {
            case "or" -> 1;
            case "and" -> 2;
            case "<", "<=", ">", ">=", "==", "!=" -> 4;
            case "+", "-" -> 5;
            default -> 6;
        };
    }

    private String wrap(Expr expr, int outer) {
        String text = expr(expr);
        int inner = expr instanceof Expr.Binary binary ? precedence(binary.op())
                : expr instanceof Expr.Not && language == Language.PYTHON ? 3 : 9;
        return inner < outer ? "(" + text + ")" : text;
    }

    private String expr(Expr expr) {
        if (expr instanceof Expr.Num num) {
            return Long.toString(num.value());
        }
        if (expr instanceof Expr.Bool bool) {
            return language == Language.PYTHON ? (bool.value() ? "True" : "False") : Boolean.toString(bool.value());
        }
        if (expr instanceof Expr.Text text) {
            return "\"" + text.value() + "\"";
        }
        if (expr instanceof Expr.Var var) {
            return var.name();
        }
        if (expr instanceof Expr.Not not) {
            String operand = wrap(not.operand(), 9);
            return language == Language.PYTHON ? "not " + operand : "!" + operand;
        }
        if (expr instanceof Expr.Length length) {
            return switch (language) {
                case PYTHON -> "len(" + expr(length.target()) + ")";
                case JAVASCRIPT -> wrap(length.target(), 9) + ".length";
                case CPP -> "(int) " + wrap(length.target(), 9) + ".size()";
            };
        }
        if (expr instanceof Expr.Item item) {
            return wrap(item.list(), 9) + "[" + expr(item.index()) + "]";
        }
        if (expr instanceof Expr.ListOf items) {
            String inside = items.items().stream().map(this::expr).collect(Collectors.joining(", "));
            return language == Language.CPP ? "{" + inside + "}" : "[" + inside + "]";
        }
        if (expr instanceof Expr.Copy copy) {
            return switch (language) {
                case PYTHON -> "list(" + expr(copy.list()) + ")";
                case JAVASCRIPT -> wrap(copy.list(), 9) + ".slice()";
                case CPP -> "vector<int>(" + expr(copy.list()) + ")";
            };
        }
        if (expr instanceof Expr.ToText text) {
            return switch (language) {
                case PYTHON -> "str(" + expr(text.value()) + ")";
                case JAVASCRIPT -> "String(" + expr(text.value()) + ")";
                case CPP -> "to_string(" + expr(text.value()) + ")";
            };
        }
        if (expr instanceof Expr.Call call) {
            return call.name() + "(" + call.args().stream().map(this::expr).collect(Collectors.joining(", ")) + ")";
        }
        return binary((Expr.Binary) expr);
    }

    private String binary(Expr.Binary binary) {
        String op = binary.op();
        int precedence = precedence(op);
        if (op.equals("/") && language == Language.JAVASCRIPT) {
            return "Math.trunc(" + wrap(binary.left(), 6) + " / " + wrap(binary.right(), 7) + ")";
        }
        if (BITWISE.contains(op)) {
            return wrap(binary.left(), 7) + " " + op + " " + wrap(binary.right(), 7);
        }
        // an and/or inside an and/or, and a comparison inside a comparison, get brackets (for readers, and for
        // Python's chained comparisons)
        int leftOuter = precedence <= 2 ? 3 : precedence == 4 ? 5 : precedence;
        int rightOuter = precedence <= 2 ? 3 : precedence + 1;
        String left = wrap(binary.left(), leftOuter);
        String right = wrap(binary.right(), rightOuter);
        return left + " " + symbol(op) + " " + right;
    }

    private String symbol(String op) {
        if (language == Language.PYTHON) {
            return op.equals("/") ? "//" : op;
        }
        return switch (op) {
            case "and" -> "&&";
            case "or" -> "||";
            case "==" -> language == Language.JAVASCRIPT ? "===" : "==";
            case "!=" -> language == Language.JAVASCRIPT ? "!==" : "!=";
            default -> op;
        };
    }
}
