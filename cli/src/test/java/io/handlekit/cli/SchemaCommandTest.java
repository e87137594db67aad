package io.handlekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handlekit.schema.HandleSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCommandTest {
  @TempDir
  Path dir;

  @Test
  void outWritesEverySchemaFileAsPackaged() throws IOException {
    Path target = dir.resolve("new").resolve("schemas");
    Cli.Result result = Cli.run("schema", "--out", target.toString());
    assertEquals(0, result.exitCode(), result::toString);
    List<String> printed = new ArrayList<>();
    for (HandleSchema schema : HandleSchema.values()) {
      Path file = target.resolve(schema.fileName());
      assertEquals(schema.text(), Files.readString(file, StandardCharsets.UTF_8), schema.fileName());
      printed.add(file.toString());
    }
    assertEquals(printed, result.out().lines().toList());
    try (var files = Files.list(target)) {
      assertEquals(HandleSchema.values().length, files.count());
    }
  }

  @Test
  void openApiGoesToStandardOutputOrToTheFileNamed() throws IOException {
    Cli.Result printed = Cli.run("schema", "--openapi");
    assertEquals(0, printed.exitCode(), printed::toString);
    assertEquals(HandleSchema.openApi(), printed.out());
    assertTrue(printed.out().startsWith("{\n  \"openapi\": \"3.1.0\""), printed.out());

    Path file = dir.resolve("openapi.json");
    Cli.Result written = Cli.run("schema", "--openapi", "--out", file.toString());
    assertEquals(0, written.exitCode(), written::toString);
    assertEquals(HandleSchema.openApi(), Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(file + "\n", written.out());
  }

  @Test
  void withoutOutOrOpenApiItIsAUsageError() {
    Cli.Result result = Cli.run("schema");
    assertEquals(2, result.exitCode(), result::toString);
    assertTrue(result.err().startsWith("handlekit schema: Missing --out DIR"), result.err());
    assertEquals("", result.out());
  }

  @Test
  void aPlaceThatCannotBeWrittenIsOneClearLine() throws IOException {
    Path aFile = Files.writeString(dir.resolve("taken"), "not a directory");
    Cli.Result schemas = Cli.run("schema", "--out", aFile.toString());
    assertEquals(2, schemas.exitCode(), schemas::toString);
    assertEquals("handlekit schema: cannot create the directory " + aFile + ": a file of that name exists\n",
        schemas.err());

    Path inMissingDir = dir.resolve("missing").resolve("openapi.json");
    Cli.Result openApi = Cli.run("schema", "--openapi", "--out", inMissingDir.toString());
    assertEquals(2, openApi.exitCode(), openApi::toString);
    assertEquals("handlekit schema: cannot write " + inMissingDir + ": no such file or directory\n", openApi.err());
    assertFalse(openApi.err().contains("Exception"), openApi.err());
  }

  @Test
  void theTopLevelHelpListsIt() {
    Cli.Result result = Cli.run("--help");
    assertTrue(result.out().lines().anyMatch(line -> line.strip().startsWith("schema ")), result::toString);
  }

  @Test
  void aDocumentThatCannotBeWrittenToStandardOutputIsAnErrorNotASuccess() {
    Writer full = new Writer() { // as standard output is on a full disk or a closed pipe
      @Override
      public void write(char[] text, int offset, int length) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    StringWriter err = new StringWriter();
    int code = Main.commandLine(Cli.stream(""), new PrintWriter(full), new PrintWriter(err)).execute("schema", "--openapi");

    assertEquals(2, code);
    assertEquals("handlekit schema: cannot write the document to standard output", err.toString().strip());
  }
}
