/**
 * The SPI a bootcamp implements: {@link dev.bootcamp.api.Bootcamp}, its {@link dev.bootcamp.api.BootcampInfo},
 * typed {@link dev.bootcamp.api.Knob knobs}, and the {@link dev.bootcamp.api.Score} a check returns. It depends on
 * Jackson's annotations only, so a bootcamp jar carries no JSON library of its own.
 */
package dev.bootcamp.api;
