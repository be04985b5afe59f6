/**
 * Runs an untrusted candidate in a child process (inside bubblewrap where available) and reads back its report.
 */
package dev.bootcamp.agent.sandbox;
