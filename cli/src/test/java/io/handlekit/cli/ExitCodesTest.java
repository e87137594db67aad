package io.handlekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.handlekit.conformance.Verdict;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The documented exit codes of {@code handlekit conformance}, one per verdict (README, cli/README, --help). */
class ExitCodesTest {
  @Test
  void eachVerdictHasItsDocumentedCode() {
    Map<Verdict, Integer> documented = Map.of(Verdict.CONFORMS, 0, Verdict.DOES_NOT_CONFORM, 1,
        Verdict.UNREACHABLE, 2, Verdict.INCONCLUSIVE, 3);
    assertEquals(Verdict.values().length, documented.size(), "every verdict is documented");
    documented.forEach((verdict, code) -> assertEquals(code, ExitCodes.of(verdict), verdict::toString));
  }
}
