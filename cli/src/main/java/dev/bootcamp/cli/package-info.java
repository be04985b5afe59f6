/**
 * The {@code bootcamp} command: one class per subcommand (Picocli), wired by Guice; the only place that prints or exits.
 */
package dev.bootcamp.cli;
