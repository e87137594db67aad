package io.handlekit.simulator.internal;

import io.handlekit.simulator.RecordedExchange;
import java.util.ArrayDeque;
import java.util.List;

/** The last {@code capacity} exchanges, oldest first; older ones are dropped so that memory stays bounded. Thread-safe. */
public final class ExchangeLog {
  private final int capacity;
  private final ArrayDeque<RecordedExchange> exchanges;
  private long dropped;

  public ExchangeLog(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.capacity = capacity;
    this.exchanges = new ArrayDeque<>(Math.min(capacity, 1024));
  }

  public synchronized void add(RecordedExchange exchange) {
    if (exchanges.size() == capacity) {
      exchanges.removeFirst();
      dropped++;
    }
    exchanges.addLast(exchange);
  }

  /** A snapshot, oldest first. */
  public synchronized List<RecordedExchange> snapshot() {
    return List.copyOf(exchanges);
  }

  /** How many exchanges were dropped to keep within the capacity since the last {@link #clear()}. */
  public synchronized long dropped() {
    return dropped;
  }

  public synchronized void clear() {
    exchanges.clear();
    dropped = 0;
  }

  public int capacity() {
    return capacity;
  }
}
