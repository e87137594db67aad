package io.handlekit.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ReadmeTest {

  @Test
  void aShellBlockIsOneCommandPerLineWithItsPromisedExitCode() {
    List<Snippet> snippets = Readme.snippets("R.md", String.join("\n",
        "Intro",
        "```sh",
        "# a comment line is not a command",
        "./handlekit lint examples/   # compiler-style text; exit 1 on any error",
        "",
        "./handlekit conformance --base-url http://127.0.0.1:8080 \\",
        "    --tries 20   # exit code 3 when inconclusive",
        "./handlekit --version",
        "```",
        "```java",
        "not.a(command);",
        "```"));

    assertEquals(1, snippets.size());
    Snippet block = snippets.get(0);
    assertEquals(2, block.line());
    assertEquals(List.of(4, 6, 8), block.commands().stream().map(Command::line).toList());
    assertEquals(List.of(OptionalInt.of(1), OptionalInt.of(3), OptionalInt.of(0)),
        block.commands().stream().map(Command::exitCode).toList());
    assertEquals("./handlekit conformance --base-url http://127.0.0.1:8080 \\\n    --tries 20   # exit code 3 when inconclusive",
        block.commands().get(1).text());
    assertTrue(block.skip().isEmpty());
  }

  @Test
  void aTranscriptPairsEachCommandWithTheOutputShownUnderIt() {
    List<Snippet> snippets = Readme.snippets("R.md", String.join("\n",
        "```text",
        "$ ./handlekit lint a.json \\",
        "    b.json",
        "a.json:1:1: error [json.malformed] …",
        "2 files checked",
        "$ echo done   # exit 0, as when no exit is said",
        "done",
        "$ false   # exit 1",
        "```",
        "```text",
        "plain text, no prompt: not a transcript",
        "```"));

    assertEquals(1, snippets.size());
    List<Command> commands = snippets.get(0).commands();
    assertEquals("./handlekit lint a.json \\\n    b.json", commands.get(0).text());
    assertEquals(Optional.of(List.of("a.json:1:1: error [json.malformed] …", "2 files checked")),
        commands.get(0).shownOutput());
    assertEquals(OptionalInt.of(0), commands.get(0).exitCode());
    assertEquals(Optional.of(List.of("done")), commands.get(1).shownOutput());
    assertEquals(OptionalInt.of(1), commands.get(2).exitCode());
    assertEquals(Optional.of(List.of()), commands.get(2).shownOutput());
  }

  @Test
  void directivesApplyToTheNextBlockOnly() {
    List<Snippet> snippets = Readme.snippets("R.md", String.join("\n",
        "<!-- docs-test: skip: needs a real /handles service -->",
        "```sh",
        "./handlekit conformance --base-url https://mpsd.example",
        "```",
        "<!-- docs-test: background: ./handlekit serve --port 18080 -->",
        "<!-- docs-test: port: 18080 -->",
        "",
        "```sh",
        "curl -s http://127.0.0.1:18080/handles",
        "```",
        "```sh",
        "./handlekit --help",
        "```"));

    assertEquals(Optional.of("needs a real /handles service"), snippets.get(0).skip());
    assertEquals(Optional.of("./handlekit serve --port 18080"), snippets.get(1).background());
    assertEquals(Optional.of(18080), snippets.get(1).port());
    assertTrue(snippets.get(1).skip().isEmpty());
    assertTrue(snippets.get(2).skip().isEmpty() && snippets.get(2).background().isEmpty()
        && snippets.get(2).port().isEmpty());
  }

  @Test
  void aMistypedOrMisplacedDirectiveIsAnErrorNotASilentSkip() {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Readme.snippets("R.md",
        "<!-- docs-test: skipp: typo -->\n```sh\n./handlekit --help\n```"));
    assertTrue(unknown.getMessage().startsWith("R.md:1: unknown docs-test directive 'skipp'"), unknown.getMessage());

    IllegalArgumentException noReason = assertThrows(IllegalArgumentException.class, () -> Readme.snippets("R.md",
        "<!-- docs-test: skip:  -->\n```sh\n./handlekit --help\n```"));
    assertTrue(noReason.getMessage().contains("skip needs a reason"), noReason.getMessage());

    IllegalArgumentException misplaced = assertThrows(IllegalArgumentException.class, () -> Readme.snippets("R.md",
        "<!-- docs-test: skip: later -->\nSome prose.\n```sh\n./handlekit --help\n```"));
    assertTrue(misplaced.getMessage().startsWith("R.md:2: a docs-test directive must come right before"),
        misplaced.getMessage());
  }

  @Test
  void anEllipsisInAShownLineStandsForAnyText() {
    assertTrue(Transcript.pattern("{\"id\":\"…\",\"type\":\"invite\"}").matcher("{\"id\":\"45521b6b\",\"type\":\"invite\"}")
        .matches());
    assertTrue(!Transcript.pattern("exit (1)").matcher("exit 1").matches());
  }
}
