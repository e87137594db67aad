package io.handlekit.simulator.internal;

import io.handlekit.core.ContractHeaders;
import io.handlekit.simulator.RecordedExchange;
import io.handlekit.validator.ValidationReport;
import io.handlekit.validator.Violation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The exchanges of a simulator or listener, bounded in memory: the last {@code capacity} exchanges, and apart from
 * them every exchange that broke the contract, up to a much larger {@code keptCapacity}, so that an assertion over
 * all requests never passes because an offending one scrolled out of the recent ones. A kept offender is
 * compacted (body cut at {@value #KEPT_BODY_BYTES} bytes, at most {@value #KEPT_ERRORS} errors, only the headers
 * its problems are about). What could not be kept is counted. Thread-safe.
 */
public final class ExchangeLog {
  /** How many offending exchanges are kept by default, apart from the recent ones. */
  public static final int DEFAULT_KEPT_CAPACITY = 10_000;
  static final int KEPT_BODY_BYTES = 1024;
  static final int KEPT_ERRORS = 16;
  private static final Set<String> KEPT_HEADERS =
      Set.of("content-type", "content-encoding", "content-length",
          ContractHeaders.CONTRACT_VERSION.toLowerCase(Locale.ROOT));

  /** An exchange and its number, counted from 1 since the log was created or last cleared. */
  public record Numbered(long number, RecordedExchange exchange) {}

  private final int capacity;
  private final int keptCapacity;
  private final ArrayDeque<RecordedExchange> recent;
  private final ArrayDeque<Numbered> offending = new ArrayDeque<>();
  private long total;
  private long dropped;
  private long notKept;

  public ExchangeLog(int capacity) {
    this(capacity, DEFAULT_KEPT_CAPACITY);
  }

  public ExchangeLog(int capacity, int keptCapacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    if (keptCapacity < 1) {
      throw new IllegalArgumentException("keptCapacity must be at least 1, was " + keptCapacity);
    }
    this.capacity = capacity;
    this.keptCapacity = keptCapacity;
    this.recent = new ArrayDeque<>(Math.min(capacity, 1024));
  }

  public void add(RecordedExchange exchange) {
    RecordedExchange kept = exchange.followsContract() ? null : compact(exchange);
    synchronized (this) {
      total++;
      if (recent.size() == capacity) {
        recent.removeFirst();
        dropped++;
      }
      recent.addLast(exchange);
      if (kept != null) {
        if (offending.size() == keptCapacity) {
          offending.removeFirst();
          notKept++;
        }
        offending.addLast(new Numbered(total, kept));
      }
    }
  }

  /** An exchange happened but could not be recorded (a bug); an assertion must not pass over it. */
  public synchronized void lost() {
    total++;
    notKept++;
  }

  /** The recent exchanges, oldest first. */
  public synchronized List<RecordedExchange> snapshot() {
    return List.copyOf(recent);
  }

  /** The kept exchanges that broke the contract, oldest first, compacted. */
  public synchronized List<Numbered> offending() {
    return List.copyOf(offending);
  }

  /** How many exchanges were added (or lost) since the last {@link #clear()}. */
  public synchronized long total() {
    return total;
  }

  /** How many exchanges were dropped from the recent ones to keep within the capacity since the last clear. */
  public synchronized long dropped() {
    return dropped;
  }

  /**
   * How many exchanges that broke the contract (or that could not be recorded at all) are not among
   * {@link #offending()}, since the last clear.
   */
  public synchronized long notKept() {
    return notKept;
  }

  public synchronized void clear() {
    recent.clear();
    offending.clear();
    total = 0;
    dropped = 0;
    notKept = 0;
  }

  public int capacity() {
    return capacity;
  }

  public int keptCapacity() {
    return keptCapacity;
  }

  private static RecordedExchange compact(RecordedExchange exchange) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange.headers().forEach((name, values) -> {
      if (KEPT_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
        headers.put(name, values);
      }
    });
    List<Violation> errors = exchange.report().errors();
    ValidationReport report = new ValidationReport(errors.size() <= KEPT_ERRORS ? errors
        : new ArrayList<>(errors.subList(0, KEPT_ERRORS)));
    byte[] body = exchange.body();
    return new RecordedExchange(exchange.method(), exchange.path(), headers,
        body.length <= KEPT_BODY_BYTES ? body : Arrays.copyOf(body, KEPT_BODY_BYTES), exchange.bodyLength(), report,
        exchange.status());
  }
}
