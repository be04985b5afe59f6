/**
 * The kit every bootcamp is written on: the {@link dev.bootcamp.camps.kit.Camp} base with one answer
 * {@link dev.bootcamp.camps.kit.Codec}, the {@link dev.bootcamp.camps.kit.Grid} type, near-miss families, several-item
 * answers, random drawing, and the family pieces (Latin rules, cell search, ciphers, ARC, state search) that bootcamps
 * compose. Nothing here is a bootcamp; everything here is used by at least two.
 */
package dev.bootcamp.camps.kit;
