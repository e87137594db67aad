package io.handlekit.cli;

import io.handlekit.core.ContractHeaders;
import io.handlekit.simulator.JournalEntry;
import io.handlekit.simulator.RequestJournal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A line of the simulator's request journal ({@code handlekit serve --journal}) among the lines of an NDJSON log.
 * It is told from a plain body by its first bytes alone, so that plain lines cost one short comparison and are
 * never parsed twice.
 */
final class JournalLine {
  /** How every journal line starts: the journal writes its marker member first, without spaces. */
  static final byte[] PREFIX = ("{\"" + RequestJournal.MARKER + "\":").getBytes(StandardCharsets.US_ASCII);

  /** Room for an entry's other members and its headers (the server caps a request's head well below this). */
  static final int HEADROOM_BYTES = 64 << 10;

  /** The name of the header the contract requires, as the simulator judges it. */
  static final String CONTRACT_VERSION = ContractHeaders.CONTRACT_VERSION;

  private JournalLine() {}

  /** Whether {@code line} starts like a journal entry. */
  static boolean startsEntry(byte[] line) {
    return line.length >= PREFIX.length && Arrays.equals(line, 0, PREFIX.length, PREFIX, 0, PREFIX.length);
  }

  /**
   * The longest journal line for a body of at most {@code maxBodyBytes} (plus the one byte over that the simulator
   * reads of a larger body): JSON escaping writes a control character as a six-byte escape, base64 (for a
   * body that is not UTF-8) four for three, so six times the body, plus the headroom.
   */
  static int maxLineBytes(int maxBodyBytes) {
    long bytes = 6L * (maxBodyBytes + 1L) + HEADROOM_BYTES;
    return (int) Math.min(bytes, Integer.MAX_VALUE - 16);
  }

  /**
   * The entry's {@code X-Xbl-Contract-Version} value, as the simulator read it: the header's values joined by commas
   * whatever the case of its name; {@code null} when the request had none.
   */
  static String contractVersion(JournalEntry entry) {
    List<String> values = new ArrayList<>();
    for (Map.Entry<String, List<String>> header : entry.headers().entrySet()) {
      if (header.getKey().equalsIgnoreCase(CONTRACT_VERSION)) {
        values.addAll(header.getValue());
      }
    }
    return values.isEmpty() ? null : String.join(",", values);
  }
}
