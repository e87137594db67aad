package io.handlekit.maven;

import java.util.regex.Pattern;

/**
 * A path pattern as Maven's {@code <includes>} are written: relative to the project directory, {@code /} between
 * names, {@code *} any characters within one name, {@code ?} one character, and {@code **} any number of whole
 * directories, none included ({@code src/**}{@code /handles/*.json} matches {@code src/handles/a.json}).
 * {@code java.nio}'s glob would not match the "none" case, which is what every Maven user expects of {@code **}.
 */
final class PathGlob {
  private final String pattern;
  private final Pattern regex;

  private PathGlob(String pattern, Pattern regex) {
    this.pattern = pattern;
    this.regex = regex;
  }

  static PathGlob of(String pattern) {
    String glob = pattern.strip().replace('\\', '/');
    while (glob.startsWith("./")) {
      glob = glob.substring(2);
    }
    if (glob.endsWith("/")) {
      glob = glob + "**"; // a directory: everything below it, as in Ant and Maven
    }
    StringBuilder regex = new StringBuilder();
    int i = 0;
    while (i < glob.length()) {
      if (glob.startsWith("**/", i)) {
        regex.append("(?:[^/]*/)*");
        i += 3;
      } else if (glob.startsWith("**", i)) {
        regex.append(".*");
        i += 2;
      } else {
        char c = glob.charAt(i++);
        switch (c) {
          case '*' -> regex.append("[^/]*");
          case '?' -> regex.append("[^/]");
          default -> regex.append(Pattern.quote(String.valueOf(c)));
        }
      }
    }
    return new PathGlob(glob, Pattern.compile(regex.toString()));
  }

  /** Whether {@code relativePath} ({@code /} between names) matches. */
  boolean matches(String relativePath) {
    return regex.matcher(relativePath).matches();
  }

  /** The directory every match lies in: the names before the first wildcard ({@code ""} for the project). */
  String base() {
    int wildcard = indexOfWildcard(pattern);
    if (wildcard < 0) {
      int slash = pattern.lastIndexOf('/');
      return slash < 0 ? "" : pattern.substring(0, slash);
    }
    int slash = pattern.lastIndexOf('/', wildcard);
    return slash < 0 ? "" : pattern.substring(0, slash);
  }

  private static int indexOfWildcard(String glob) {
    for (int i = 0; i < glob.length(); i++) {
      if (glob.charAt(i) == '*' || glob.charAt(i) == '?') {
        return i;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return pattern;
  }
}
