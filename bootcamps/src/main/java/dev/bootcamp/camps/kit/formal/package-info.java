/**
 * Shared engines of the term and first-order bootcamps in {@code camps.proofs}: first-order terms with a depth-bounded
 * parser, substitutions, unification and matching, term rewriting at positions, equational theories and rewrite chains,
 * formulas with modal and temporal operators, place-set answers, and combinator terms with bounded normal-order
 * reduction. Every parser here treats its text as hostile: lengths and nesting are bounded and errors are
 * {@link dev.bootcamp.api.AnswerFormatException}s with a reason.
 */
package dev.bootcamp.camps.kit.formal;
