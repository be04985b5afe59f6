/**
 * The contract every bootcamp passes ({@link dev.bootcamp.testkit.Conformance}): the per-case checks, fuzzing of
 * {@code parse}, and the statistical laws judged on a fixed sample. Bootcamp authors use it in test scope.
 */
package dev.bootcamp.testkit;
