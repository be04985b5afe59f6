package dev.bootcamp.camps.kit.code;

/** The value types of the program language: whole numbers, truth values, text and lists of whole numbers. */
public enum Type {
    INT, BOOL, TEXT, LIST, VOID
}
