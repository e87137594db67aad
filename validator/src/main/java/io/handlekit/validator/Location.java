package io.handlekit.validator;

/**
 * Where in the input a violation lies: the 1-based {@code line} and {@code column} (columns count Unicode code
 * points, as an editor does) and the 0-based {@code byteOffset}, in bytes of the input's UTF-8 form, whatever the
 * input was: the bytes themselves for {@code byte[]} and stream input; for text, the bytes its UTF-8 encoding would
 * have, a lone surrogate (which has none) counting 3 bytes, as the replacement character U+FFFD does. The same body
 * so gets the same location whether it was given as bytes or as text.
 */
public record Location(int line, int column, long byteOffset) {}
