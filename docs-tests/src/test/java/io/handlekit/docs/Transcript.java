package io.handlekit.docs;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Compares the output a README shows with the output a command printed.
 *
 * <p>A shown line ending in {@code (stderr)} is one of standard error; the others are standard output; each stream
 * is compared on its own, in order. {@code …} inside a line matches any text (an id, a time, a port); a line that
 * is only {@code …} stands for any number of lines, none included. Line ends, trailing spaces and trailing blank
 * lines aside, the lines must be the same.
 */
final class Transcript {

  private static final Pattern STDERR = Pattern.compile("\\s+\\(stderr\\)$");
  private static final String ANY_LINES = "…";

  private Transcript() {}

  static void assertShows(String where, List<String> shown, String stdout, String stderr) {
    List<String> shownOut = new ArrayList<>();
    List<String> shownErr = new ArrayList<>();
    for (String line : shown) {
      String trimmed = line.stripTrailing();
      if (STDERR.matcher(trimmed).find()) {
        shownErr.add(STDERR.matcher(trimmed).replaceFirst(""));
      } else {
        shownOut.add(trimmed);
      }
    }
    compare(where, "standard output", shownOut, stdout);
    if (!shownErr.isEmpty()) {
      compare(where, "standard error", shownErr, stderr);
    }
  }

  private static void compare(String where, String stream, List<String> shown, String printed) {
    List<String> expected = trimmed(shown);
    List<String> actual = trimmed(printed.lines().toList());
    if (!matches(expected, 0, actual, 0)) {
      int line = firstDifference(expected, actual);
      fail(where + ": its " + stream + " differs from the README from line " + (line + 1) + "\n  README: "
          + (line < expected.size() ? expected.get(line) : "(no more lines)") + "\n  actual: "
          + (line < actual.size() ? actual.get(line) : "(no more lines)")
          + "\n--- actual " + stream + " ---\n" + printed);
    }
  }

  /** Whether {@code expected} from {@code e} matches {@code actual} from {@code a}, {@code …} lines included. */
  static boolean matches(List<String> expected, int e, List<String> actual, int a) {
    if (e == expected.size()) {
      return a == actual.size();
    }
    if (expected.get(e).strip().equals(ANY_LINES)) {
      for (int skip = a; skip <= actual.size(); skip++) {
        if (matches(expected, e + 1, actual, skip)) {
          return true;
        }
      }
      return false;
    }
    return a < actual.size() && pattern(expected.get(e)).matcher(actual.get(a)).matches()
        && matches(expected, e + 1, actual, a + 1);
  }

  private static int firstDifference(List<String> expected, List<String> actual) {
    int i = 0;
    while (i < expected.size() && i < actual.size() && !expected.get(i).strip().equals(ANY_LINES)
        && pattern(expected.get(i)).matcher(actual.get(i)).matches()) {
      i++;
    }
    return i;
  }

  static Pattern pattern(String shownLine) {
    StringBuilder regex = new StringBuilder();
    String[] parts = shownLine.split("…", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(regex.toString());
  }

  private static List<String> trimmed(List<String> lines) {
    List<String> out = lines.stream().map(String::stripTrailing).toList();
    int end = out.size();
    while (end > 0 && out.get(end - 1).isEmpty()) {
      end--;
    }
    return out.subList(0, end);
  }
}
