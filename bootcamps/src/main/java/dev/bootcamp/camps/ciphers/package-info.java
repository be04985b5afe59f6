/**
 * Classical ciphers: decrypt given a key or from clues; most share {@link dev.bootcamp.camps.kit.CipherTask} for the answer
 * record, the check and the near misses.
 */
package dev.bootcamp.camps.ciphers;
