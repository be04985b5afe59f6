/**
 * Verifiable instruction following: writing tasks whose every rule is checked by a program (word and sentence
 * counts, acrostics, lipograms, letter quotas, list, table and JSON shapes, placeholders). Each bootcamp has its own
 * core rules, which gate all credit, and adds rules of the shared pool in {@code kit.instructions} as the level rises;
 * a reference text written from a word bank proves every case satisfiable.
 */
package dev.bootcamp.camps.instructions;
