package dev.bootcamp.agent;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a type name in one file may refer to, from its imports, without compiling: an explicit import, a type declared
 * in the file (never forbidden), a package imported with {@code .*}, or {@code java.lang}. It over-approximates on
 * purpose: a name that could be a forbidden type is checked as one.
 */
final class NameScope {
    private final Map<String, String> imported = new HashMap<>();
    private final List<String> wildcards = new ArrayList<>();
    private final Map<String, String> staticMembers = new HashMap<>();
    private final List<String> staticWildcards = new ArrayList<>();
    private final Set<String> declared = new HashSet<>();

    NameScope(CompilationUnit unit) {
        for (ImportDeclaration declaration : unit.getImports()) {
            String name = declaration.getNameAsString();
            if (declaration.isStatic() && declaration.isAsterisk()) {
                staticWildcards.add(name);
            } else if (declaration.isStatic()) {
                staticMembers.put(simple(name), name.substring(0, name.lastIndexOf('.')));
            } else if (declaration.isAsterisk()) {
                wildcards.add(name);
            } else {
                imported.put(simple(name), name);
            }
        }
        unit.findAll(TypeDeclaration.class).forEach(type -> declared.add(type.getNameAsString()));
    }

    /** The fully qualified names a type name written in this file may mean; empty for the file's own types. */
    List<String> resolve(String written) {
        int dot = written.indexOf('.');
        String head = dot < 0 ? written : written.substring(0, dot);
        String rest = dot < 0 ? "" : written.substring(dot);
        if (declared.contains(head)) {
            return List.of();
        }
        if (imported.containsKey(head)) {
            return List.of(imported.get(head) + rest);
        }
        if (dot > 0 && Character.isLowerCase(head.charAt(0))) {
            return List.of(written);
        }
        List<String> candidates = new ArrayList<>();
        wildcards.forEach(packageName -> candidates.add(packageName + "." + written));
        candidates.add("java.lang." + written);
        return candidates;
    }

    /** The types a method or field used without a qualifier may come from through static imports. */
    List<String> staticOwners(String member) {
        List<String> owners = new ArrayList<>(staticWildcards);
        if (staticMembers.containsKey(member)) {
            owners.add(staticMembers.get(member));
        }
        return owners;
    }

    private static String simple(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
