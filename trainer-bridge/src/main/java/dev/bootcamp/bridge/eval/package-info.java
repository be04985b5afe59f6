/**
 * Evaluation of a model over a suite of cases, with a Markdown summary and a self-contained HTML report per run.
 */
package dev.bootcamp.bridge.eval;
