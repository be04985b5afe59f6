/**
 * The {@code bootcamp} command: one class per subcommand (Picocli), made by a small command factory; the only place that prints or exits.
 */
package dev.bootcamp.cli;
