package io.handlekit.simulator.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The invite handles the simulator created, by id, until they expire; at most {@code capacity} of them (the oldest
 * go first), so memory stays bounded under any load. Thread-safe.
 */
public final class HandleStore {
  private final int capacity;
  private final Clock clock;
  // Insertion order is expiry order too, since every handle lives for the same time.
  private final LinkedHashMap<String, Instant> expiries = new LinkedHashMap<>();

  public HandleStore(int capacity, Clock clock) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.capacity = capacity;
    this.clock = clock;
  }

  public synchronized void put(String id, Instant expiration) {
    expiries.remove(id);
    expiries.put(id, expiration);
    evict();
  }

  public synchronized boolean contains(String id) {
    evict();
    return expiries.containsKey(id);
  }

  public synchronized int size() {
    evict();
    return expiries.size();
  }

  public int capacity() {
    return capacity;
  }

  private void evict() {
    Instant now = clock.instant();
    Iterator<Map.Entry<String, Instant>> oldest = expiries.entrySet().iterator();
    while (oldest.hasNext()) {
      Map.Entry<String, Instant> entry = oldest.next();
      if (expiries.size() > capacity || !entry.getValue().isAfter(now)) {
        oldest.remove();
      } else {
        return;
      }
    }
  }
}
