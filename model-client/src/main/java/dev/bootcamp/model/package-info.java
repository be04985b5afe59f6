/**
 * A small client for OpenAI-compatible chat endpoints, shared by {@code eval} and the authoring agent.
 */
package dev.bootcamp.model;
