/**
 * The output formats a case plan is written in: our JSON lines, chat and OpenRLHF prompts, and verl's Parquet rows
 * (with a small Parquet writer of our own).
 */
package dev.bootcamp.core.format;
