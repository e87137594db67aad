package io.handlekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.handlekit.simulator.HandlesSimulator;
import io.handlekit.simulator.RequestJournal;
import io.handlekit.validator.HandlesValidator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * lint --ndjson reads the simulator's journal back: a POST /handles entry is judged on its contract-version header
 * and its body, located at the entry's line; any other entry is skipped and counted; plain body lines stay bodies.
 */
class LintJournalTest {
  private static final String SCID = "bd6c41c3-01c3-468a-a3b5-3e0fe8133862";

  @TempDir
  Path temp;

  /** Sends each request to a simulator that journals into {@code journal}, and closes both. */
  private static void journal(Path journal, List<HttpRequest.Builder> requests) throws Exception {
    RequestJournal writer = RequestJournal.open(journal);
    try (HandlesSimulator simulator = HandlesSimulator.builder().port(0).observer(writer).start()) {
      HttpClient client = HttpClient.newHttpClient();
      int sent = 0;
      for (HttpRequest.Builder request : requests) {
        client.send(request.uri(simulator.baseUri().resolve(request.build().uri().getPath())).build(),
            HttpResponse.BodyHandlers.discarding());
        sent++;
        // An exchange is journalled once its answer has gone out, so the next request could overtake it: wait for
        // each line before sending the next, so that the journal's order is the order of the list (a guard, not a
        // measure of speed).
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (lines(journal) < sent && System.nanoTime() < deadline) {
          Thread.sleep(5);
        }
      }
    } finally {
      writer.close();
    }
    assertEquals(requests.size(), lines(journal), () -> read(journal));
  }

  private static long lines(Path file) {
    return read(file).lines().count();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private static HttpRequest.Builder post(String body, String contractVersion) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://placeholder/handles"))
        .header("Content-Type", "application/json").header("Authorization", "XBL3.0 x=1;secret-token")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    return contractVersion == null ? request : request.header("X-Xbl-Contract-Version", contractVersion);
  }

  @Test
  void onlyTheInvalidRequestsFindingsAreReportedAtItsJournalLine() throws Exception {
    Path journal = temp.resolve("journal.ndjson");
    journal(journal, List.of(
        post(NdjsonTest.VALID, "107"),
        HttpRequest.newBuilder(URI.create("http://placeholder/handles")).GET(),
        post(NdjsonTest.MOCK, "107"),
        HttpRequest.newBuilder(URI.create("http://placeholder/elsewhere")).POST(HttpRequest.BodyPublishers.ofString("{}"))));
    String mockLine = Files.readAllLines(journal, StandardCharsets.UTF_8).get(2);
    assertTrue(mockLine.startsWith("{\"handlekitJournal\":"), mockLine);

    for (String jobs : new String[] {"1", "2"}) {
      Cli.Result result = Cli.run("lint", "--ndjson", "--jobs", jobs, "--format", "json", journal.toString());

      assertEquals(1, result.exitCode(), result::toString);
      JsonNode report = JsonReports.parse(result.out());
      JsonNode violations = report.at("/files/0/violations");
      assertEquals(1, violations.size(), result::toString);
      JsonNode mock = violations.get(0);
      assertEquals("guid.format", mock.path("rule").asText());
      assertEquals("/sessionRef/scid", mock.path("pointer").asText());
      assertEquals(3, mock.path("line").asInt(), "the line of the entry in the journal");
      assertTrue(mock.path("column").isNull(), "the body is escaped inside the entry: no column of the line");
      int bodyColumn = NdjsonTest.MOCK.indexOf("\"MockScid\"") + 1;
      assertTrue(mock.path("message").asText().endsWith("(in the logged body at line 1, column " + bodyColumn + ")"),
          mock::toString);
      JsonNode summary = report.path("summary");
      assertEquals(2, summary.path("bodies").asInt(), result::toString);
      assertEquals(1, summary.path("invalidBodies").asInt(), result::toString);
      assertEquals(2, summary.path("skippedEntries").asInt(), "the GET and the other path");
    }

    Cli.Result text = Cli.run("lint", "--ndjson", journal.toString());
    assertEquals(journal + ":3: error [guid.format] \"MockScid\" is the placeholder of the Xbox Services API unit "
        + "tests, not a GUID; the service rejects it. (in the logged body at line 1, column "
        + (NdjsonTest.MOCK.indexOf("\"MockScid\"") + 1) + ") (at /sessionRef/scid)", text.out().lines().findFirst().orElse(""));
    assertTrue(text.out().endsWith("1 file, 2 bodies checked: 1 valid, 1 invalid; 1 error, 0 warnings, 0 infos; "
        + "2 journal entries skipped (not POST /handles)\n"), text::toString);
  }

  @Test
  void theContractVersionHeaderOfAnEntryIsJudgedToo() throws Exception {
    Path journal = temp.resolve("journal.ndjson");
    journal(journal, List.of(post(NdjsonTest.VALID, null), post(NdjsonTest.VALID, " 105 ")));

    Cli.Result result = Cli.run("lint", "--ndjson", "--format", "json", journal.toString());

    assertEquals(1, result.exitCode(), result::toString);
    assertEquals(List.of(new NdjsonTest.At(1, 0, "contract-version.missing")), NdjsonTest.findings(result));
  }

  @Test
  void journalAndPlainLinesMixAndAKoreanRunLocalizesTheBodyPosition() throws Exception {
    Path journal = temp.resolve("journal.ndjson");
    journal(journal, List.of(post(NdjsonTest.TRAILING_COMMA, "107")));
    Path mixed = temp.resolve("mixed.ndjson");
    Files.writeString(mixed, NdjsonTest.MOCK + "\n" + Files.readString(journal) + NdjsonTest.VALID + "\n");

    Cli.Result result = Cli.run("lint", "--ndjson", "--locale", "ko", "--format", "json", mixed.toString());

    assertEquals(1, result.exitCode(), result::toString);
    List<NdjsonTest.At> found = NdjsonTest.findings(result);
    assertEquals(2, found.size(), result::toString);
    assertEquals(new NdjsonTest.At(1, NdjsonTest.MOCK.indexOf("\"MockScid\"") + 1, "guid.format"), found.get(0));
    assertEquals(new NdjsonTest.At(2, 0, "json.malformed"), found.get(1));
    String message = JsonReports.parse(result.out()).at("/files/0/violations/1/message").asText();
    assertTrue(message.endsWith("(기록된 본문의 1행 " + (NdjsonTest.TRAILING_COMMA.indexOf(",}") + 2) + "열)"), message);
    assertEquals(3, JsonReports.parse(result.out()).at("/summary/bodies").asInt());
  }

  @Test
  void aJournalLineForABodyAtTheSizeLimitIsReadWhole() throws Exception {
    // Control characters are escaped as six bytes each: the entry is about six times the body.
    int limit = HandlesValidator.create().maxBodyBytes();
    String start = "{\"version\":1,\"type\":\"activity\",\"x\":\"";
    byte[] body = new byte[limit];
    Arrays.fill(body, (byte) 1);
    byte[] head = start.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(head, 0, body, 0, head.length);
    body[limit - 2] = '"';
    body[limit - 1] = '}';
    Path journal = temp.resolve("journal.ndjson");
    journal(journal, List.of(HttpRequest.newBuilder(URI.create("http://placeholder/handles"))
        .header("Content-Type", "application/json").header("X-Xbl-Contract-Version", "107")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))));
    assertTrue(Files.size(journal) > 5L * limit, "the entry is several times the body");

    for (String jobs : new String[] {"1", "2"}) {
      Cli.Result result = Cli.run("lint", "--ndjson", "--jobs", jobs, "--format", "json", journal.toString());

      // Judged on the body: its first control character, not a line cut at the plain-body limit.
      List<NdjsonTest.At> found = NdjsonTest.findings(result);
      assertEquals(List.of(new NdjsonTest.At(1, 0, "json.malformed")), found, result::toString);
      String message = JsonReports.parse(result.out()).at("/files/0/violations/0/message").asText();
      assertTrue(message.endsWith("(in the logged body at line 1, column " + (head.length + 1) + ")"), message);
      assertFalse(result.out().contains("input.too-large"), result::toString);
    }
  }
}
