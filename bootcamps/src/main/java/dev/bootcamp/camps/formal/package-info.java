/**
 * Checked reasoning about terms, equations, first-order structures and λ-terms: unification, matching, rewriting
 * chains and normal forms, termination orderings, finite models, modal and temporal evaluation, and combinator and
 * λ-calculus tasks. Each prompt states its calculus in full; wherever several answers are right the checker replays the
 * model's answer against the rules (through the engines in {@code camps.kit.formal}) instead of comparing strings.
 */
package dev.bootcamp.camps.formal;
