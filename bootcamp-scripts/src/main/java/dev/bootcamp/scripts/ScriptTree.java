package dev.bootcamp.scripts;

import java.util.ArrayList;
import java.util.List;
import org.python.antlr.PythonTree;
import org.python.antlr.Visitor;
import org.python.antlr.ast.Attribute;
import org.python.antlr.ast.ClassDef;
import org.python.antlr.ast.FunctionDef;
import org.python.antlr.ast.Global;
import org.python.antlr.ast.Import;
import org.python.antlr.ast.ImportFrom;
import org.python.antlr.ast.Name;
import org.python.antlr.ast.alias;
import org.python.antlr.base.mod;

/**
 * The script rules checked on the syntax tree Jython's own parser makes, the same tree that is then compiled: every
 * name, every attribute ({@code 1.0.__class__} included, which a tokenizer may read as one number), every definition
 * and import. A lint that names the line; the boundary against hostile scripts is the OS sandbox (docs/SECURITY.md).
 */
final class ScriptTree extends Visitor {
    /** One broken rule. */
    record Problem(int line, String message) {}

    private final List<Problem> problems = new ArrayList<>();

    private ScriptTree() {}

    static List<Problem> problems(mod tree) {
        ScriptTree checker = new ScriptTree();
        try {
            checker.visit(tree);
        } catch (Exception e) {
            checker.problems.add(new Problem(0, "cannot check the script: " + e));
        }
        return List.copyOf(checker.problems);
    }

    @Override
    public Object visitName(Name node) throws Exception {
        add(node, ScriptRules.problem(node.getInternalId()));
        return super.visitName(node);
    }

    @Override
    public Object visitAttribute(Attribute node) throws Exception {
        add(node, ScriptRules.attributeProblem(node.getInternalAttr()));
        return super.visitAttribute(node);
    }

    @Override
    public Object visitFunctionDef(FunctionDef node) throws Exception {
        add(node, ScriptRules.attributeProblem(node.getInternalName()));
        return super.visitFunctionDef(node);
    }

    @Override
    public Object visitClassDef(ClassDef node) throws Exception {
        add(node, ScriptRules.attributeProblem(node.getInternalName()));
        return super.visitClassDef(node);
    }

    @Override
    public Object visitGlobal(Global node) throws Exception {
        node.getInternalNames().forEach(name -> add(node, ScriptRules.problem(name)));
        return super.visitGlobal(node);
    }

    @Override
    public Object visitImport(Import node) throws Exception {
        for (alias name : node.getInternalNames()) {
            add(node, ScriptRules.importProblem(name.getInternalName()));
            aliasProblem(node, name);
        }
        return super.visitImport(node);
    }

    @Override
    public Object visitImportFrom(ImportFrom node) throws Exception {
        Integer level = node.getInternalLevel();
        if (level != null && level > 0) {
            add(node, "relative imports are not allowed in script bootcamps");
        } else if (!"__future__".equals(node.getInternalModule())) {
            add(node, ScriptRules.importProblem(String.valueOf(node.getInternalModule())));
        }
        for (alias name : node.getInternalNames()) {
            add(node, name.getInternalName().equals("*") ? null : ScriptRules.problem(name.getInternalName()));
            aliasProblem(node, name);
        }
        return super.visitImportFrom(node);
    }

    private void aliasProblem(PythonTree node, alias name) {
        if (name.getInternalAsname() != null) {
            add(node, ScriptRules.problem(name.getInternalAsname()));
        }
    }

    private void add(PythonTree node, String problem) {
        if (problem != null) {
            problems.add(new Problem(node.getLineno(), problem));
        }
    }
}
