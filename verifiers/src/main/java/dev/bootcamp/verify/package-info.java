/**
 * Typed answer readers shared by the bootcamps (integers, rationals, grids, formulas) and the answer pipeline's
 * scans over untrusted model text: reasoning removal and extraction in each answer style ({@link dev.bootcamp.verify.Responses}).
 */
package dev.bootcamp.verify;
