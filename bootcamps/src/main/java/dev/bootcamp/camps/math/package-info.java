/**
 * Mathematics bootcamps: exact arithmetic, algebra, number theory, matrices, sequences, combinatorics and probability,
 * checked exactly (fractions, formulas compared by value).
 */
package dev.bootcamp.camps.math;
