package io.handlekit.simulator.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JUnit 5 example of the READMEs is {@link MyClientTest}'s class, character for character: a README that shows an
 * API the code does not have (a {@code URI} where the client takes a {@code String}) fails here, since the class it
 * must equal is compiled and run by this build.
 */
class ReadmeExampleTest {
  private static final Path EXAMPLE =
      Path.of("src", "test", "java", "io", "handlekit", "simulator", "example", "MyClientTest.java");

  @ParameterizedTest
  @ValueSource(strings = {"README.md", "../README.md"})
  void theReadmeShowsTheCompiledExample(String readme) throws IOException {
    String example = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
    String compiled = example.substring(example.indexOf("class MyClientTest {")).strip();
    List<String> shown = javaBlocksWith(Files.readString(Path.of(readme), StandardCharsets.UTF_8), "class MyClientTest {");
    assertEquals(1, shown.size(), () -> readme + " should show the example once, shows it " + shown.size() + " times");
    assertEquals(compiled, shown.get(0).strip(), () -> readme + "'s example differs from " + EXAMPLE);
  }

  private static List<String> javaBlocksWith(String markdown, String marker) {
    Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
    List<String> blocks = new ArrayList<>();
    while (block.find()) {
      if (block.group(1).contains(marker)) {
        blocks.add(block.group(1));
      }
    }
    assertTrue(markdown.contains("```java"), "no Java block at all: the scan would prove nothing");
    return blocks;
  }
}
