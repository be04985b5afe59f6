/**
 * String bootcamps: sorting, grouping, encoding and rewriting words, checked by the rules of each task.
 */
package dev.bootcamp.camps.strings;
