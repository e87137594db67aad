package io.handlekit.docs;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One shell command shown in a README, as a reader would paste it.
 *
 * @param line the README line it starts on
 * @param text the command, continuation lines included
 * @param exitCode the exit code the README promises: the "exit N" of its trailing comment, else 0
 * @param shownOutput the standard output the README shows after it (a transcript), empty for a plain {@code sh} block
 */
record Command(int line, String text, OptionalInt exitCode, Optional<List<String>> shownOutput) {

  /** The command that runs this very test: it is not run again from inside itself. */
  static final String THIS_BUILD = "./mvnw -B verify";

  Command {
    shownOutput = shownOutput.map(List::copyOf);
  }

  /** Whether the command puts itself in the background ({@code server &}), so that the next ones talk to it. */
  boolean startsInBackground() {
    return withoutComment().endsWith("&") && !withoutComment().endsWith("&&");
  }

  private String withoutComment() {
    int comment = text.indexOf(" #");
    return (comment < 0 ? text : text.substring(0, comment)).strip();
  }

  /** Whether this is the build that is running the READMEs' commands now, so its outcome is this build's. */
  boolean isThisBuild() {
    return withoutComment().equals(THIS_BUILD);
  }
}
