package io.handlekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * lint -r on a tree with a directory that cannot be listed: the rest is linted, the unreadable one is named, and
 * the exit code is 2. File permissions do not stop every user (root reads anything), so the directory listing
 * fails through the command's seam, the way the operating system makes it fail.
 */
class UnreadableDirectoryTest {
  @TempDir
  Path temp;

  Path locked;
  Path broken;

  @BeforeEach
  void tree() throws IOException {
    Files.writeString(temp.resolve("a.json"), NdjsonTest.MOCK);
    Path open = Files.createDirectories(temp.resolve("b-open"));
    Files.writeString(open.resolve("b.json"), NdjsonTest.TRAILING_COMMA);
    locked = Files.createDirectories(temp.resolve("c-locked"));
    Files.writeString(locked.resolve("c.json"), "[]");
    Path below = Files.createDirectories(locked.resolve("below"));
    Files.writeString(below.resolve("hidden.json"), "[]");
    broken = Files.createDirectories(temp.resolve("d-broken"));
    Files.writeString(broken.resolve("d.json"), "");
    Path last = Files.createDirectories(temp.resolve("e-last"));
    Files.writeString(last.resolve("e.json"), ExitCodeTest.VALID_ACTIVITY);
  }

  /** Opening {@code locked} is refused; {@code broken} opens, then fails midway through its entries. */
  private LintCommand lint() {
    return new LintCommand(InputStream.nullInputStream(), validator -> validator::validateRequest, directory -> {
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
  void theRestOfTheTreeIsLintedAndTheUnreadableDirectoriesAreNamed() {
    Cli.Result result = Cli.runLint(lint(), "--recursive", "--format", "json", temp.toString());

    assertEquals(2, result.exitCode(), result::toString);
    assertTrue(result.err().contains(locked + ": cannot list the directory (permission denied)"), result::toString);
    assertTrue(result.err().contains(broken + ": cannot list the directory (Input/output error)"), result::toString);
    JsonNode files = JsonReports.parse(result.out()).path("files");
    assertEquals(3, files.size(), result::toString);
    assertEquals(temp.resolve("a.json").toString(), files.get(0).path("path").asText());
    assertEquals(temp.resolve("b-open").resolve("b.json").toString(), files.get(1).path("path").asText());
    assertEquals(temp.resolve("e-last").resolve("e.json").toString(), files.get(2).path("path").asText());
    assertFalse(result.out().contains("hidden.json"), result::toString);
    ExitCodeTest.assertNoStackTrace(result);
  }

  @Test
  void aTopDirectoryThatCannotBeListedIsNamedOnce() {
    Cli.Result result = Cli.runLint(lint(), locked.toString(), temp.resolve("e-last").toString());

    assertEquals(2, result.exitCode(), result::toString);
    assertEquals(1, result.err().lines().count(), result::toString);
    assertTrue(result.err().contains(locked + ": cannot list the directory (permission denied)"), result::toString);
    assertTrue(result.out().startsWith("1 file checked: 1 valid"), result::toString);
  }

  @Test
  void linksToDirectoriesAreNotFollowedSoACycleEnds() throws IOException {
    Path tree = Files.createDirectories(temp.resolve("cycle"));
    Files.writeString(tree.resolve("x.json"), ExitCodeTest.VALID_ACTIVITY);
    Files.createSymbolicLink(tree.resolve("loop"), tree);

    Cli.Result result = Cli.run("lint", "--recursive", tree.toString());

    assertEquals(0, result.exitCode(), result::toString);
    assertTrue(result.out().startsWith("1 file checked"), result::toString);
  }
}
