package io.handlekit.lint.internal;

import java.util.List;

/**
 * What checking a batch of log lines gave: how many bodies had no finding at all (they cost a count, nothing more),
 * how many journal entries were skipped (not {@code POST /handles}), and the findings of the other lines, in line
 * order, each line's placed already.
 */
record CheckedBatch(int validBodies, int skippedEntries, List<Line> withFindings) {
  /** A line with findings; {@code valid} when none of them is an error. */
  record Line(boolean valid, List<Finding> findings) {}
}
