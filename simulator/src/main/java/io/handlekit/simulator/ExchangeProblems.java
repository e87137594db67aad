package io.handlekit.simulator;

import java.util.List;

/** The failure text of the assertion helpers: each offending exchange, then its problems indented. */
final class ExchangeProblems {
  private ExchangeProblems() {}

  /** The offending exchanges described, or the empty string when every exchange followed the contract. */
  static String describe(List<RecordedExchange> exchanges) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < exchanges.size(); i++) {
      RecordedExchange exchange = exchanges.get(i);
      List<String> problems = exchange.problems();
      if (problems.isEmpty()) {
        continue;
      }
      text.append("  #").append(i + 1).append(' ').append(exchange.method()).append(' ').append(exchange.path())
          .append(" (answered ").append(exchange.status()).append(")\n");
      for (String problem : problems) {
        text.append("      ").append(problem).append('\n');
      }
    }
    return text.toString();
  }
}
