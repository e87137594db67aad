package io.handlekit.validator.internal;

import java.util.Collection;
import java.util.Locale;

/** Finds the known property an unknown one was probably meant to be ("did you mean"). */
final class Suggestions {
  private Suggestions() {}

  /** The known name closest to {@code unknown}: the same but for case, or within two edits; else {@code null}. */
  static String closest(String unknown, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String name = unknown.toLowerCase(Locale.ROOT);
    for (String candidate : known) {
      if (Math.abs(candidate.length() - name.length()) > 2) {
        continue; // more than two edits apart, whatever the letters
      }
      String lowerCandidate = candidate.toLowerCase(Locale.ROOT);
      if (lowerCandidate.equals(name)) {
        return candidate;
      }
      int distance = distance(name, lowerCandidate);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    int allowed = Math.min(2, Math.max(unknown.length(), 1) / 3);
    return bestDistance <= allowed ? best : null;
  }

  // Levenshtein distance of two lower-cased names; names here are short, so the quadratic table is fine.
  private static int distance(String x, String y) {
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[y.length()];
  }
}
