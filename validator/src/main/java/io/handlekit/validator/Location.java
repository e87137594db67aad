package io.handlekit.validator;

/** Where in the input text a violation lies: 1-based line and column, and the 0-based offset in bytes (or chars for text given as a string). */
public record Location(int line, int column, long offset) {}
