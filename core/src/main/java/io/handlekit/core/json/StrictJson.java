package io.handlekit.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Jackson set up to read JSON as RFC 8259 writes it and nothing more: no comments, no trailing commas,
 * no single quotes or unquoted names, no duplicate keys, nothing after the value.
 * Jackson's defaults already refuse most of these; this names them so that no default can drift.
 *
 * <p>One default is turned off on purpose: Jackson's text (not byte) parser fails a document whose property names
 * collide in its symbol table ("suspect a DoS attack"). Such names are legal JSON, and the byte parser accepts the
 * same document, so the verdict would depend on how the body was handed over. With the failure off, the symbol
 * table stops sharing names once it sees the flood, and the tree's hash map bins stay logarithmic on colliding
 * strings, so a flood costs time linear in its size either way.
 */
public final class StrictJson {
  /** The deepest nesting the codec reads; bodies of this contract are 3 levels deep. */
  public static final int DEFAULT_MAX_DEPTH = 64;

  private StrictJson() {}

  /** A factory for strict parsers that refuse nesting deeper than {@code maxDepth}. */
  public static JsonFactory factory(int maxDepth) {
    return JsonFactory.builder()
        .disable(JsonFactory.Feature.FAIL_ON_SYMBOL_HASH_OVERFLOW)
        .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
        .disable(JsonReadFeature.ALLOW_YAML_COMMENTS)
        .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
        .disable(JsonReadFeature.ALLOW_MISSING_VALUES)
        .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
        .disable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxDepth).build())
        .build();
  }

  /**
   * A tree mapper as strict as {@link #factory(int)} that also refuses trailing tokens after the value and keeps
   * decimal numbers exact, so that they round-trip. It finds duplicate keys while building the tree, which costs
   * less than the parser's own detection (a set of names per object); its error names the key but is placed
   * after the duplicate's value, so a caller that must place it exactly re-reads the text with {@link #factory(int)}.
   */
  public static JsonMapper mapper(int maxDepth) {
    JsonFactory factory = factory(maxDepth).rebuild().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    return JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();
  }
}
