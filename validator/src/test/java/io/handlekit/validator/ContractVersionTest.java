package io.handlekit.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContractVersionTest {
  private static final HandlesValidator VALIDATOR = HandlesValidator.create();

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(nullValues = "MISSING", value = {
      "MISSING, contract-version.missing",
      "'', contract-version.not-integer",
      "abc, contract-version.not-integer",
      "104.0, contract-version.not-integer",
      "-105, contract-version.not-integer",
      "103, contract-version.too-low",
      "0, contract-version.too-low",
      "104, ''",
      "105, ''",
      "107, ''",
      "' 107 ', ''",
      "99999999999999999999, ''"})
  void header(String value, String rule) {
    List<String> errors = VALIDATOR.validateContractVersion(value).errors().stream().map(Violation::ruleId).toList();
    assertEquals(rule.isEmpty() ? List.of() : List.of(rule), errors);
  }

  @org.junit.jupiter.api.Test
  void headerAndBodyReportsCombineInOrder() {
    ValidationReport header = VALIDATOR.validateContractVersion("103");
    ValidationReport body = VALIDATOR.validateRequest(Bodies.ACTIVITY.replace("\"version\":1", "\"version\":2"));
    assertEquals(List.of("contract-version.too-low", "version.value"),
        header.and(body).violations().stream().map(Violation::ruleId).toList());
    assertEquals(header, header.and(ValidationReport.valid()));
    assertEquals(body, ValidationReport.valid().and(body));
  }
}
