package io.handlekit.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * lint -r on a tree with a directory that cannot be listed: the rest is linted, the unreadable one is named, and
 * the result is incomplete. File permissions do not stop every user (root reads anything), so the directory listing
 * fails through the command's seam, the way the operating system makes it fail.
 */
class UnreadableDirectoryTest {
  @TempDir
  Path temp;

  Path locked;
  Path broken;

  @BeforeEach
  void tree() throws IOException {
    Files.writeString(temp.resolve("a.json"), Linting.MOCK);
    Path open = Files.createDirectories(temp.resolve("b-open"));
    Files.writeString(open.resolve("b.json"), Linting.TRAILING_COMMA);
    locked = Files.createDirectories(temp.resolve("c-locked"));
    Files.writeString(locked.resolve("c.json"), "[]");
    Path below = Files.createDirectories(locked.resolve("below"));
    Files.writeString(below.resolve("hidden.json"), "[]");
    broken = Files.createDirectories(temp.resolve("d-broken"));
    Files.writeString(broken.resolve("d.json"), "");
    Path last = Files.createDirectories(temp.resolve("e-last"));
    Files.writeString(last.resolve("e.json"), Linting.VALID);
  }

  /** Opening {@code locked} is refused; {@code broken} opens, then fails midway through its entries. */
  private HandlesLint.Builder lint() {
    return HandlesLint.builder().directories(directory -> {
      if (directory.equals(locked)) {
        throw new AccessDeniedException(directory.toString());
      }
      DirectoryStream<Path> real = Files.newDirectoryStream(directory);
      if (!directory.equals(broken)) {
        return real;
      }
      return new DirectoryStream<>() {
        @Override
        public Iterator<Path> iterator() {
          return new Iterator<>() {
            @Override
            public boolean hasNext() {
              throw new DirectoryIteratorException(new IOException("Input/output error"));
            }

            @Override
            public Path next() {
              throw new AssertionError("hasNext failed");
            }
          };
        }

        @Override
        public void close() throws IOException {
          real.close();
        }
      };
    });
  }

  @Test
  void theRestOfTheTreeIsLintedAndTheUnreadableDirectoriesAreNamed() throws IOException {
    Linting.Run run = Linting.run(lint().recursive(true).path(temp), ReportFormat.JSON);

    assertFalse(run.result().isComplete(), run::toString);
    assertTrue(run.result().unreadable().contains(
        new UnreadableInput(locked.toString(), "cannot list the directory (permission denied)")), run::toString);
    assertTrue(run.result().unreadable().contains(
        new UnreadableInput(broken.toString(), "cannot list the directory (Input/output error)")), run::toString);
    JsonNode files = Linting.parse(run.out()).path("files");
    assertEquals(3, files.size(), run::toString);
    assertEquals(temp.resolve("a.json").toString(), files.get(0).path("path").asText());
    assertEquals(temp.resolve("b-open").resolve("b.json").toString(), files.get(1).path("path").asText());
    assertEquals(temp.resolve("e-last").resolve("e.json").toString(), files.get(2).path("path").asText());
    assertFalse(run.out().contains("hidden.json"), run::toString);
  }

  @Test
  void aTopDirectoryThatCannotBeListedIsNamedOnce() throws IOException {
    Linting.Run run = Linting.run(lint().path(locked).path(temp.resolve("e-last")), ReportFormat.TEXT);

    assertEquals(List.of(new UnreadableInput(locked.toString(), "cannot list the directory (permission denied)")),
        run.result().unreadable(), run::toString);
    assertTrue(run.out().startsWith("1 file checked: 1 valid"), run::toString);
  }

  @Test
  void linksToDirectoriesAreNotFollowedSoACycleEnds() throws IOException {
    Path tree = Files.createDirectories(temp.resolve("cycle"));
    Files.writeString(tree.resolve("x.json"), Linting.VALID);
    Files.createSymbolicLink(tree.resolve("loop"), tree);

    Linting.Run run = Linting.run(HandlesLint.builder().recursive(true).path(tree), ReportFormat.TEXT);

    assertTrue(run.result().isComplete(), run::toString);
    assertTrue(run.out().startsWith("1 file checked"), run::toString);
  }
}
