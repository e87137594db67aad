package io.handlekit.cli;

/**
 * The totals of one lint run. A file is invalid when any of its bodies is; outside NDJSON mode each file is one body.
 * {@code skippedEntries} counts the journal entries that were not requests to {@code POST /handles} (not bodies).
 */
record Summary(long files, long invalidFiles, long bodies, long invalidBodies, long errors, long warnings, long infos,
    long skippedEntries) {
  long validFiles() {
    return files - invalidFiles;
  }
}
