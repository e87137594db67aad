package io.handlekit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.handlekit.simulator.Fault;
import io.handlekit.simulator.HandlesSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The four reports, from a run with failures of both levels and a 16 MiB request among them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one run, judged by every test
class ReportsTest {
  private Path dir;
  private ConformanceResult result;

  @BeforeAll
  void run(@TempDir Path tempDir) {
    dir = tempDir;
    try (HandlesSimulator simulator = HandlesSimulator.builder().port(0).fault(Fault.ACTIVITY_WITH_BODY)
        .fault(Fault.ERROR_500_ON_MALFORMED_JSON).fault(Fault.ERROR_500_ON_LONE_SURROGATE).start()) {
      result = ConformanceSuite.builder().baseUrl(simulator.baseUrl()).seed(9).tries(5).reportDir(dir)
          .only(Set.of("activity.status-204", "malformed.rejected", "invalid.rejected", "large-body.rejected", "no-5xx",
              "open.bom"))
          .build().run();
    }
  }

  @Test
  void theFourFilesAreWritten() {
    for (String name : List.of(Reports.SUMMARY, Reports.JUNIT, Reports.JSON, Reports.HTML)) {
      assertTrue(Files.isRegularFile(dir.resolve(name)), name);
    }
  }

  @Test
  void junitXmlHasOneTestcasePerCheckAndAFailurePerFailedCheck() throws Exception {
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve(Reports.JUNIT).toFile());
    Element suite = xml.getDocumentElement();
    assertEquals("testsuite", suite.getTagName());
    assertEquals(result.checks().size(), xml.getElementsByTagName("testcase").getLength());
    assertEquals(result.failures().size(), xml.getElementsByTagName("failure").getLength());
    assertTrue(result.failures().size() >= 3, Reports.summary(result));
    assertEquals(String.valueOf(result.failures().size()), suite.getAttribute("failures"));
  }

  @Test
  void jsonCarriesEveryCheckWithItsFailure() throws Exception {
    JsonNode json = JsonMapper.builder().build().readTree(dir.resolve(Reports.JSON).toFile());
    assertEquals(result.checks().size(), json.get("checks").size());
    assertEquals(9, json.get("seed").asLong());
    assertEquals("does not conform", json.get("verdict").asText());
    assertEquals(1, JsonMapper.builder().build().readTree(Reports.json(result, 1)).get("exitCode").asInt());
    JsonNode failed = json.get("checks").findParents("failure").get(0);
    assertTrue(failed.get("failure").get("request").get("curl").asText().contains("curl "));
    assertTrue(failed.get("failure").get("response").get("status").asInt() > 0);
  }

  @Test
  void htmlIsOnePageWithoutExternalAssets() throws Exception {
    String html = Files.readString(dir.resolve(Reports.HTML));
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<style>"));
    assertTrue(html.contains("class=\"bar\""), "the summary bar");
    assertFalse(html.contains("<script"));
    assertFalse(html.contains("<link"));
    assertFalse(html.contains("src="));
    assertFalse(html.contains("url("));
    for (CheckResult check : result.checks()) {
      assertTrue(html.contains(check.id()), check.id());
    }
    assertTrue(html.contains("curl -sS -i -X POST"), "the shrunk request as curl");
    assertTrue(html.contains("Response seen"));
    // Well-formed enough to parse as XML: every tag closed, every entity escaped.
    String asXml = html.replace("<!DOCTYPE html>", "").replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\"/>")
        .replace("<br>", "<br/>");
    DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(asXml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void theSummaryTellsHowToReplayAFailure() throws Exception {
    String summary = Files.readString(dir.resolve(Reports.SUMMARY));
    assertTrue(summary.contains("--seed 9 --tries 5 --only "), summary);
    assertTrue(summary.contains("FAIL  SHOULD activity.status-204"), summary);
    assertTrue(summary.contains("FAILED MUST"), summary);
  }

  @Test
  void aBodyTooLargeToShowIsDescribedAndItsCurlGeneratesIt() {
    // The simulator's faults do not touch 16 MiB bodies, so the check passes; its request shape is checked here.
    CheckResult large = result.check("large-body.rejected").orElseThrow();
    assertEquals(Outcome.PASSED, large.outcome(), () -> Reports.summary(result));
    assertEquals(2, large.tries());
  }
}
