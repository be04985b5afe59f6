/** Shared parts of the interactive bootcamps: lenient action readers and code-breaking feedback. */
package dev.bootcamp.camps.kit.episodes;
