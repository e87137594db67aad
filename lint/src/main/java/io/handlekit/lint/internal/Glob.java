package io.handlekit.lint.internal;

import java.util.regex.Pattern;

/**
 * A path pattern as Ant and Maven write them, matched against a path relative to a base directory with {@code /}
 * separators: {@code *} is any run of characters within one name, {@code ?} one such character, {@code **} any
 * number of whole directories, none included ({@code src/**}{@code /handles/*.json} matches
 * {@code src/handles/a.json} too, which the JDK's {@code glob:} syntax does not).
 */
public record Glob(String pattern, Pattern regex) {
  /** Compiles {@code pattern}; a {@code \} in it is a separator, as Maven accepts on every platform. */
  public static Glob of(String pattern) {
    String normalized = pattern.replace('\\', '/');
    while (normalized.startsWith("./")) {
      normalized = normalized.substring(2);
    }
    if (normalized.endsWith("/")) {
      normalized = normalized + "**"; // Ant's rule: a trailing separator means everything below
    }
    StringBuilder regex = new StringBuilder();
    int i = 0;
    while (i < normalized.length()) {
      char c = normalized.charAt(i);
      if (normalized.startsWith("**/", i)) {
        regex.append("(?:.*/)?");
        i += 3;
      } else if (normalized.startsWith("**", i)) {
        regex.append(".*");
        i += 2;
      } else if (c == '*') {
        regex.append("[^/]*");
        i++;
      } else if (c == '?') {
        regex.append("[^/]");
        i++;
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
        i++;
      }
    }
    return new Glob(pattern, Pattern.compile(regex.toString()));
  }

  /** Whether {@code relativePath} (with {@code /} separators) matches. */
  public boolean matches(String relativePath) {
    return regex.matcher(relativePath).matches();
  }
}
