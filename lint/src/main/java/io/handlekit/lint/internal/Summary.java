package io.handlekit.lint.internal;

import io.handlekit.validator.Rule;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The totals of one lint run. A file is invalid when any of its bodies is; outside NDJSON mode each file is one body.
 * {@code skippedEntries} counts the journal entries that were not requests to {@code POST /handles} (not bodies);
 * {@code byRule} the findings of each rule that had any.
 */
public record Summary(long files, long invalidFiles, long bodies, long invalidBodies, long errors, long warnings,
    long infos, long skippedEntries, Map<Rule, Long> byRule) {
  public Summary {
    byRule = Collections.unmodifiableMap(byRule.isEmpty() ? new EnumMap<>(Rule.class) : new EnumMap<>(byRule));
  }

  public long validFiles() {
    return files - invalidFiles;
  }
}
