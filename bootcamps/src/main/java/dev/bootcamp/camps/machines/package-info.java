/**
 * Machine bootcamps: run, or find inputs and words for, finite automata, regular expressions, register, stack and
 * Turing machines and cellular automata given in the prompt, every answer checked by running our own machine.
 */
package dev.bootcamp.camps.machines;
