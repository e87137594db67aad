package io.handlekit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The bytes written hold exactly what the tree does, lone surrogates included, which UTF-8 cannot carry raw. */
class JsonTextTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void loneSurrogatesAreWrittenAsEscapesAndPairsAsThemselves() throws Exception {
    for (String value : new String[] {"\ud800", "\udfff", "a\ud800b", "x\udbff", "😀", "a😀\udc00😀", "\udc00\ud800", "plain"}) {
      // in values: Jackson's own parser, the oracle here, refuses a lone surrogate in a name
      ObjectNode tree = JSON.createObjectNode().put("k", value);
      tree.putObject("o").put("k", value);
      byte[] bytes = JsonText.bytes(tree);
      assertEquals(tree, JSON.readTree(bytes), value);
      assertEquals(tree, JSON.readTree(JsonText.write(tree)), value);
    }
  }

  @Test
  void aLoneSurrogateIsWrittenAsItsEscape() {
    assertEquals("{\"k\":\"a\\ud800b\"}", JsonText.write(JSON.createObjectNode().put("k", "a\ud800b")));
  }
}
