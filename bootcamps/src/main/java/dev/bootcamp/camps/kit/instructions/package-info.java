/**
 * The constraint engine of the verifiable instruction-following bootcamps: text measures defined once ({@link
 * dev.bootcamp.camps.kit.instructions.Text}: words, sentences, paragraphs, lines, letters) so that the prompt and the
 * checker agree, word banks whose words are at least two letters apart ({@link dev.bootcamp.camps.kit.instructions.Bank}),
 * the shared pool of extra rules derived from a reference text ({@link dev.bootcamp.camps.kit.instructions.Extras}),
 * gated partial credit ({@link dev.bootcamp.camps.kit.instructions.Rules}) and near misses that break exactly one rule
 * ({@link dev.bootcamp.camps.kit.instructions.Edits}).
 */
package dev.bootcamp.camps.kit.instructions;
