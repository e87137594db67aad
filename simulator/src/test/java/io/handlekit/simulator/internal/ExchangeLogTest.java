package io.handlekit.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.handlekit.simulator.RecordedExchange;
import io.handlekit.validator.Rule;
import io.handlekit.validator.Severity;
import io.handlekit.validator.ValidationReport;
import io.handlekit.validator.Violation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExchangeLogTest {
  private static RecordedExchange exchange(int status) {
    return new RecordedExchange("POST", "/handles", Map.of("Content-Type", List.of("application/json")), new byte[0],
        0, ValidationReport.valid(), status);
  }

  @Test
  void keepsTheNewestUpToItsCapacity() {
    ExchangeLog log = new ExchangeLog(2);
    log.add(exchange(201));
    log.add(exchange(204));
    log.add(exchange(400));
    assertEquals(List.of(204, 400), log.snapshot().stream().map(RecordedExchange::status).toList());
    assertEquals(1, log.dropped());
    log.clear();
    assertEquals(List.of(), log.snapshot());
  }

  private static RecordedExchange offending(int bodyBytes, int errors) {
    List<Violation> violations = new java.util.ArrayList<>();
    for (int i = 0; i < errors; i++) {
      violations.add(new Violation(Rule.GUID_FORMAT, Severity.ERROR, Optional.of("/sessionRef/scid"),
          Optional.empty(), "error " + i));
    }
    return new RecordedExchange("POST", "/handles",
        Map.of("Content-Type", List.of("application/json"), "Authorization", List.of("XBL3.0 x=secret")),
        new byte[bodyBytes], bodyBytes, new ValidationReport(violations), 400);
  }

  @Test
  void offendersAreKeptApartFromTheRecentOnesUpToTheirOwnCapacityThenCounted() {
    ExchangeLog log = new ExchangeLog(2, 3);
    log.add(offending(10, 1));
    for (int i = 0; i < 10; i++) {
      log.add(exchange(204));
    }
    assertEquals(List.of(1L), log.offending().stream().map(ExchangeLog.Numbered::number).toList());
    for (int i = 0; i < 3; i++) {
      log.add(offending(10, 1));
    }
    assertEquals(List.of(12L, 13L, 14L), log.offending().stream().map(ExchangeLog.Numbered::number).toList());
    assertEquals(1, log.notKept());
    log.lost();
    assertEquals(2, log.notKept());
    assertEquals(15, log.total());
    log.clear();
    assertEquals(0, log.notKept());
    assertEquals(List.of(), log.offending());
  }

  @Test
  void keptOffendersAreCompactedButStillBreakTheContract() {
    ExchangeLog log = new ExchangeLog(1);
    log.add(offending(50_000, 40));
    RecordedExchange kept = log.offending().get(0).exchange();
    assertEquals(ExchangeLog.KEPT_BODY_BYTES, kept.body().length);
    assertEquals(50_000, kept.bodyLength());
    assertEquals(ExchangeLog.KEPT_ERRORS, kept.report().errors().size());
    assertEquals(Map.of("Content-Type", List.of("application/json")), kept.headers());
    assertFalse(kept.followsContract());
  }

  @Test
  void refusesAZeroCapacity() {
    assertThrows(IllegalArgumentException.class, () -> new ExchangeLog(0));
    assertThrows(IllegalArgumentException.class, () -> new ExchangeLog(1, 0));
  }

  @Test
  void bigBodiesAreCutInTheRecord() {
    RecordedExchange big = new RecordedExchange("POST", "/handles", Map.of(), new byte[100_000], 100_000,
        ValidationReport.valid(), 413);
    assertEquals(RecordedExchange.MAX_RECORDED_BODY_BYTES, big.body().length);
    assertEquals(100_000, big.bodyLength());
  }
}
