/**
 * The engine every path shares: the catalogue (listed from a build-time index, bootcamps made on first use), mixes,
 * seeds, case records, the case plan and its one case writer ({@link dev.bootcamp.core.CasePlan#caseLine}), and the
 * one case verifier ({@link dev.bootcamp.core.Verifier}).
 */
package dev.bootcamp.core;
