/**
 * The SQL kit: small random tables, their text form for prompts, the reference engine (an in-memory database reached
 * only through {@code java.sql}, run only on queries our generators wrote) and the result-table answer with its
 * checker. Models answer with result rows, never with SQL that we execute.
 */
package dev.bootcamp.camps.kit.sql;
