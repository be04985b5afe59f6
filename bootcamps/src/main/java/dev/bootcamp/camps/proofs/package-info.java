/**
 * Proof and formal-logic bootcamps. In most, the model writes a proof in a system the prompt defines (Fitch natural
 * deduction, resolution and RUP refutations, Horn-clause derivations, equational chains of axiom rewrites) and the
 * checker verifies every step, so any correct proof passes, not only the reference one. The others ask for a witness
 * the checker recomputes (a most general unifier, an interpolant, a finite model, a combinator term) or for an exact
 * evaluation under a stated semantics (Kripke models, finite LTL traces, rewriting strategies).
 */
package dev.bootcamp.camps.proofs;
