/**
 * Shared engines of the formal-logic bootcamps: first-order terms with a depth-bounded parser, substitutions,
 * unification and matching, term rewriting at positions, untyped λ-terms with bounded β-reduction, combinators and
 * simple types. Every parser here treats its text as hostile: lengths and nesting are bounded and errors are
 * {@link dev.bootcamp.api.AnswerFormatException}s with a reason.
 */
package dev.bootcamp.camps.kit.formal;
