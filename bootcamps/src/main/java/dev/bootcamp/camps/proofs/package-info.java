/**
 * Proof bootcamps: the model writes a proof in a proof system the prompt defines (natural deduction, resolution,
 * sequents, axioms) and the checker verifies every step, so any correct proof passes, not only the reference one.
 */
package dev.bootcamp.camps.proofs;
