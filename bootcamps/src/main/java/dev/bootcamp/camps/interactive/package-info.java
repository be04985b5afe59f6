/**
 * Interactive bootcamps: episodes played over several turns ({@link dev.bootcamp.api.Interactive}), such as guessing a
 * hidden number against a host that may lie, breaking a hidden code from peg feedback, or hunting a hidden fleet.
 */
package dev.bootcamp.camps.interactive;
