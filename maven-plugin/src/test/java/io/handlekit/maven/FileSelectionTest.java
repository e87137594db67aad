package io.handlekit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSelectionTest {
  @TempDir
  Path project;

  @Test
  void includedMinusExcludedSortedWithoutDuplicates() throws IOException {
    for (String file : List.of("src/test/resources/handles/b.json", "src/test/resources/handles/a.json",
        "src/test/resources/api/handles/c.json", "src/test/resources/handles/broken/d.json",
        "src/test/resources/handles/notes.txt", "src/test/resources/handles/generated-e.json",
        "target/test-classes/handles/a.json", "logs/requests.ndjson")) {
      Path path = project.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, "{}");
    }
    FileSelection selection = new FileSelection(project);
    List<Path> selected = selection.select(
        List.of("src/test/resources/**/handles/*.json", "src/test/resources/handles/a.json"),
        List.of("**/generated-*.json"));
    assertEquals(List.of("src/test/resources/api/handles/c.json", "src/test/resources/handles/a.json",
        "src/test/resources/handles/b.json"), selected.stream().map(selection::relative).toList());
  }

  @Test
  void anIncludeWhoseDirectoryDoesNotExistSelectsNothing() throws IOException {
    assertEquals(List.of(), new FileSelection(project).select(List.of("src/test/resources/**/handles/*.json"), List.of()));
  }
}
