package io.handlekit.validator.internal;

import static io.handlekit.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.handlekit.core.PropertyNames;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The did-you-mean, its distance cut short past what it may suggest, against the plain full-table search. */
class SuggestionsTest {
  private static final List<List<String>> KNOWN = List.of(PropertyNames.IN_ACTIVITY_REQUEST,
      PropertyNames.IN_INVITE_REQUEST, PropertyNames.IN_SESSION_REF, PropertyNames.IN_INVITE_ATTRIBUTES);

  /** Known names with up to three edits (case flips, letters dropped, inserted or changed), and other strings. */
  private static Gen<String> names() {
    Gen<String> known = Generate.pick(KNOWN.stream().flatMap(List::stream).distinct().toList());
    Gen<String> edited = known.zip(Generate.intArrays(integers().between(0, 3), integers().between(0, 1000)), (name, edits) -> {
      StringBuilder out = new StringBuilder(name);
      for (int edit : edits) {
        int at = out.length() == 0 ? 0 : edit % out.length();
        switch (edit % 4) {
          case 0 -> out.insert(at, (char) ('a' + edit % 26));
          case 1 -> { if (out.length() > 0) out.deleteCharAt(at); }
          case 2 -> { if (out.length() > 0) out.setCharAt(at, (char) ('a' + edit % 26)); }
          default -> { if (out.length() > 0) out.setCharAt(at, Character.toUpperCase(out.charAt(at))); }
        }
      }
      return out.toString();
    });
    return Generate.oneOf(edited, edited, strings().basicLatinAlphabet().ofLengthBetween(0, 20));
  }

  @Test
  void suggestsWhatTheFullSearchSuggests() {
    qt().withExamples(5000).forAll(names(), Generate.pick(KNOWN)).checkAssert((name, known) ->
        assertEquals(fullSearch(name, known), Suggestions.closest(name, Suggestions.Candidates.of(known)), name));
  }

  // The search as it was before the distance was cut short: every candidate's full Levenshtein table.
  private static String fullSearch(String unknown, List<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String name = unknown.toLowerCase(Locale.ROOT);
    for (String candidate : known) {
      if (Math.abs(candidate.length() - name.length()) > 2) {
        continue;
      }
      String lowerCandidate = candidate.toLowerCase(Locale.ROOT);
      if (lowerCandidate.equals(name)) {
        return candidate;
      }
      int[] previous = new int[lowerCandidate.length() + 1];
      int[] current = new int[lowerCandidate.length() + 1];
      for (int j = 0; j <= lowerCandidate.length(); j++) {
        previous[j] = j;
      }
      for (int i = 1; i <= name.length(); i++) {
        current[0] = i;
        for (int j = 1; j <= lowerCandidate.length(); j++) {
          int cost = name.charAt(i - 1) == lowerCandidate.charAt(j - 1) ? 0 : 1;
          current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        }
        int[] swap = previous;
        previous = current;
        current = swap;
      }
      int distance = previous[lowerCandidate.length()];
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    int allowed = Math.min(2, Math.max(unknown.length(), 1) / 3);
    return bestDistance <= allowed ? best : null;
  }
}
