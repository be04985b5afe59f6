/**
 * The HTTP bridge a trainer talks to: streams of cases, verification of responses, and the curriculum.
 */
package dev.bootcamp.bridge.server;
