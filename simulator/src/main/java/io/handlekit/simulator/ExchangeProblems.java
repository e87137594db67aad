package io.handlekit.simulator;

import io.handlekit.simulator.internal.ExchangeLog;
import java.util.List;

/** The failure text of the assertion helpers: each offending exchange by its number, then its problems indented. */
final class ExchangeProblems {
  private ExchangeProblems() {}

  /**
   * The offending exchanges of {@code log} described, with how many could not be kept; the empty string when every
   * exchange followed the contract and every offender was kept.
   */
  static String describe(ExchangeLog log) {
    List<ExchangeLog.Numbered> offending = log.offending();
    long notKept = log.notKept();
    StringBuilder text = new StringBuilder();
    for (ExchangeLog.Numbered numbered : offending) {
      RecordedExchange exchange = numbered.exchange();
      text.append("  #").append(numbered.number()).append(' ').append(exchange.method()).append(' ')
          .append(exchange.path()).append(" (answered ").append(exchange.status()).append(")\n");
      for (String problem : exchange.problems()) {
        text.append("      ").append(problem).append('\n');
      }
    }
    if (notKept > 0) {
      text.append("  and ").append(notKept).append(notKept == 1 ? " more exchange" : " more exchanges")
          .append(" that broke the contract or could not be checked, not kept (at most ").append(log.keptCapacity())
          .append(" are kept)\n");
    }
    return text.toString();
  }
}
