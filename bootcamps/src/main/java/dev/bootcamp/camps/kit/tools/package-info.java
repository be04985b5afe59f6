/**
 * Shared parts of the tool-use and world episodes: a bounded command reader, an exact calculator over rationals with
 * its own bounded parser, lenient readers of big whole numbers, and a small table model that hidden sheets and
 * databases are made of. Everything here reads untrusted text with length, digit and depth limits and never throws
 * anything but {@link dev.bootcamp.camps.kit.tools.ToolException} with a one-line reason.
 */
package dev.bootcamp.camps.kit.tools;
