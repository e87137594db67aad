package io.handlekit.validator.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Finds the known property an unknown one was probably meant to be ("did you mean"). */
final class Suggestions {
  /**
   * The names an object knows, made once, not per body: as a set to tell a known name in one look-up, and with
   * their lower-case forms, and the characters each holds (see {@link #charactersOf}), for the suggestions.
   */
  record Candidates(List<String> names, Set<String> set, List<String> lowerCase, long[] characters) {
    /**
     * Whether {@code name} is one of the names. Parsed names are mostly the very constants (Jackson interns names, and
     * the one-pass reading stores the constants), so they are first compared by reference.
     */
    boolean isKnown(String name) {
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i) == name) {
          return true;
        }
      }
      return set.contains(name);
    }

    static Candidates of(List<String> names) {
      List<String> lowerCase = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
      return new Candidates(List.copyOf(names), Set.copyOf(names), lowerCase,
          lowerCase.stream().mapToLong(Suggestions::charactersOf).toArray());
    }
  }

  private Suggestions() {}

  /** The known name closest to {@code unknown}: the same but for case, or within two edits; else {@code null}. */
  static String closest(String unknown, Candidates known) {
    int allowed = Math.min(2, Math.max(unknown.length(), 1) / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String name = unknown.toLowerCase(Locale.ROOT);
    for (int k = 0; k < known.names().size(); k++) {
      if (Math.abs(known.names().get(k).length() - name.length()) > 2) {
        continue; // more than two edits apart, whatever the letters
      }
      String lowerCandidate = known.lowerCase().get(k);
      if (lowerCandidate.equals(name)) {
        return known.names().get(k);
      }
      if (missingFrom(known.characters()[k], name) > allowed) {
        continue; // so many characters the candidate lacks that it is out of reach, no table needed
      }
      int distance = distance(name, lowerCandidate, allowed);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = known.names().get(k);
      }
    }
    return bestDistance <= allowed ? best : null;
  }

  /**
   * The characters of {@code name} as a set of 64 buckets (a character's low six bits): a character whose bucket is
   * not in a name's set is surely not in the name.
   */
  private static long charactersOf(String name) {
    long set = 0;
    for (int i = 0; i < name.length(); i++) {
      set |= 1L << name.charAt(i);
    }
    return set;
  }

  /**
   * How many characters of {@code name} are surely not in the name whose set is {@code characters}: each must be
   * changed or dropped, so no fewer edits lead from one name to the other.
   */
  private static int missingFrom(long characters, String name) {
    int missing = 0;
    for (int i = 0; i < name.length(); i++) {
      if ((characters & 1L << name.charAt(i)) == 0) {
        missing++;
      }
    }
    return missing;
  }

  /**
   * The Levenshtein distance of two lower-cased names, or {@code cap + 1} as soon as it is sure to exceed
   * {@code cap}: a row's smallest entry never decreases further down, so once it is over the cap the rest of the
   * table cannot bring the distance back. Names here are short, so the quadratic table is fine.
   */
  private static int distance(String x, String y, int cap) {
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      int smallest = i;
      for (int j = 1; j <= y.length(); j++) {
        int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        smallest = Math.min(smallest, current[j]);
      }
      if (smallest > cap) {
        return cap + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[y.length()];
  }
}
