/**
 * Shared engines of the proof bootcamps: propositional formulas with their parser and truth tables ({@link
 * dev.bootcamp.camps.kit.proofs.Prop}), clauses as bit sets ({@link dev.bootcamp.camps.kit.proofs.Clauses}), and
 * Fitch-style natural deduction proofs with a line-by-line checker and a bounded prover.
 */
package dev.bootcamp.camps.kit.proofs;
