package io.handlekit.spark;

import java.util.concurrent.ThreadLocalRandom;

/** The seed of a generated log: {@code -Dhandlekit.seed=N} replays one, else a fresh one each run. */
public final class Seeds {
  private Seeds() {}

  public static long next() {
    String given = System.getProperty("handlekit.seed");
    return given != null && !given.isBlank() ? Long.parseLong(given.trim()) : ThreadLocalRandom.current().nextLong();
  }
}
