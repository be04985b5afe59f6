package dev.bootcamp.scripts;

import java.util.ArrayList;
import java.util.List;
import org.python.antlr.PythonTree;
import org.python.antlr.Visitor;
import org.python.antlr.ast.BoolOp;
import org.python.antlr.ast.Call;
import org.python.antlr.ast.DictComp;
import org.python.antlr.ast.Expr;
import org.python.antlr.ast.For;
import org.python.antlr.ast.FunctionDef;
import org.python.antlr.ast.GeneratorExp;
import org.python.antlr.ast.Lambda;
import org.python.antlr.ast.ListComp;
import org.python.antlr.ast.Name;
import org.python.antlr.ast.SetComp;
import org.python.antlr.ast.Str;
import org.python.antlr.ast.While;
import org.python.antlr.ast.boolopType;
import org.python.antlr.ast.comprehension;
import org.python.antlr.ast.expr_contextType;
import org.python.antlr.base.expr;
import org.python.antlr.base.stmt;

/**
 * Rewrites a parsed script so that it polls its time budget: a call of the tick builtin at the top of every loop body
 * and function body, as an extra condition of every comprehension, and in front of every lambda body. The tick's name
 * is not a Python identifier, so no script can name, shadow or delete it.
 */
final class TickInserter extends Visitor {
    static final String TICK = "$tick";

    @Override
    public Object visitWhile(While node) throws Exception {
        node.getInternalBody().add(0, tickStatement(node));
        traverse(node);
        return null;
    }

    @Override
    public Object visitFor(For node) throws Exception {
        node.getInternalBody().add(0, tickStatement(node));
        traverse(node);
        return null;
    }

    @Override
    public Object visitFunctionDef(FunctionDef node) throws Exception {
        List<stmt> body = node.getInternalBody();
        boolean docstring = !body.isEmpty() && body.get(0) instanceof Expr first && first.getInternalValue() instanceof Str;
        body.add(docstring ? 1 : 0, tickStatement(node));
        traverse(node);
        return null;
    }

    @Override
    public Object visitLambda(Lambda node) throws Exception {
        traverse(node);
        List<expr> values = new ArrayList<>(List.of(tickCall(node), node.getInternalBody()));
        node.setBody(new BoolOp(node, boolopType.And, values));
        return null;
    }

    @Override
    public Object visitListComp(ListComp node) throws Exception {
        tickGenerators(node.getInternalGenerators(), node);
        traverse(node);
        return null;
    }

    @Override
    public Object visitGeneratorExp(GeneratorExp node) throws Exception {
        tickGenerators(node.getInternalGenerators(), node);
        traverse(node);
        return null;
    }

    @Override
    public Object visitSetComp(SetComp node) throws Exception {
        tickGenerators(node.getInternalGenerators(), node);
        traverse(node);
        return null;
    }

    @Override
    public Object visitDictComp(DictComp node) throws Exception {
        tickGenerators(node.getInternalGenerators(), node);
        traverse(node);
        return null;
    }

    private static void tickGenerators(List<comprehension> generators, PythonTree at) {
        for (comprehension generator : generators) {
            generator.getInternalIfs().add(tickCall(at));
        }
    }

    private static Expr tickStatement(PythonTree at) {
        return new Expr(at, tickCall(at));
    }

    private static Call tickCall(PythonTree at) {
        return new Call(at, new Name(at, TICK, expr_contextType.Load), new ArrayList<>(), new ArrayList<>(), null, null);
    }
}
