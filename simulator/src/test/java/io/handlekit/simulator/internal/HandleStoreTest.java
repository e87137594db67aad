package io.handlekit.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class HandleStoreTest {
  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void handlesExpire() {
    ManualClock clock = new ManualClock();
    HandleStore store = new HandleStore(10, clock);
    store.put("a", clock.instant().plusSeconds(60));
    clock.advance(Duration.ofSeconds(30));
    store.put("b", clock.instant().plusSeconds(60));
    assertEquals(2, store.size());
    clock.advance(Duration.ofSeconds(30));
    assertFalse(store.contains("a"), "expires at its expiration");
    assertTrue(store.contains("b"));
    clock.advance(Duration.ofSeconds(31));
    assertEquals(0, store.size());
  }

  @Test
  void theOldestGoFirstBeyondTheCap() {
    ManualClock clock = new ManualClock();
    HandleStore store = new HandleStore(3, clock);
    for (int i = 0; i < 5; i++) {
      store.put("h" + i, clock.instant().plusSeconds(3600));
    }
    assertEquals(3, store.size());
    assertFalse(store.contains("h1"));
    assertTrue(store.contains("h2"));
    assertTrue(store.contains("h4"));
  }
}
