package io.handlekit.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.handlekit.simulator.RecordedExchange;
import io.handlekit.validator.ValidationReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExchangeLogTest {
  private static RecordedExchange exchange(int status) {
    return new RecordedExchange("POST", "/handles", Map.of(), new byte[0], 0, ValidationReport.valid(), status);
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

  @Test
  void refusesAZeroCapacity() {
    assertThrows(IllegalArgumentException.class, () -> new ExchangeLog(0));
  }

  @Test
  void bigBodiesAreCutInTheRecord() {
    RecordedExchange big = new RecordedExchange("POST", "/handles", Map.of(), new byte[100_000], 100_000,
        ValidationReport.valid(), 413);
    assertEquals(RecordedExchange.MAX_RECORDED_BODY_BYTES, big.body().length);
    assertEquals(100_000, big.bodyLength());
  }
}
