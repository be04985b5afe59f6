/**
 * Programs for the code-reasoning bootcamps: a small typed syntax tree ({@link dev.bootcamp.camps.kit.code.Expr},
 * {@link dev.bootcamp.camps.kit.code.Stmt}, {@link dev.bootcamp.camps.kit.code.Program}), random builders of programs
 * that always terminate, an {@link dev.bootcamp.camps.kit.code.Interpreter} with a step limit that records what ran,
 * and a {@link dev.bootcamp.camps.kit.code.Renderer} that writes a tree as Python, JavaScript or C++ under the
 * semantics each {@link dev.bootcamp.camps.kit.code.Language} states. No text from a model is ever run as code.
 */
package dev.bootcamp.camps.kit.code;
