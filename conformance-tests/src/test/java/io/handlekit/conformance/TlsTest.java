package io.handlekit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * An https target: with a certificate the JDK does not trust, the run is unreachable with one TLS line (exit 2);
 * with its CA given as a PEM file, the run goes ahead. The self-signed certificate is made by the JDK's keytool.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TlsTest {
  private Path dir;
  private HttpsTarget https;

  @BeforeAll
  void start(@TempDir Path tempDir) throws Exception {
    dir = tempDir;
    https = HttpsTarget.start(dir);
  }

  @AfterAll
  void stop() {
    https.close();
  }

  private String base() {
    return https.baseUrl();
  }

  @Test
  void anUntrustedCertificateMakesTheTargetUnreachableWithOneTlsLine() {
    ConformanceResult result = ConformanceSuite.builder().baseUrl(base()).only(Set.of("activity.accepted")).tries(3)
        .build().run();
    assertEquals(Verdict.UNREACHABLE, result.verdict(), () -> Reports.summary(result));
    assertEquals(Verdict.UNREACHABLE, result.verdict());
    String why = result.unreachable().orElseThrow();
    assertTrue(why.startsWith("TLS handshake with 127.0.0.1:" + https.port() + " failed: its certificate is not trusted"),
        why);
    assertTrue(why.contains("--ca-cert"), why);
    assertFalse(why.contains("\n"), why);
    assertEquals(List.of(), result.checks());
  }

  @Test
  void theGivenCaCertificateIsTrusted() {
    ConformanceResult result = ConformanceSuite.builder().baseUrl(base()).caCertificate(https.caCertificate())
        .only(Set.of("activity.accepted")).tries(3).build().run();
    assertEquals(Verdict.CONFORMS, result.verdict(), () -> Reports.summary(result));
    assertEquals(Outcome.PASSED, result.check("activity.accepted").orElseThrow().outcome());
  }

  @Test
  void aCaCertificateFileThatIsNotOneIsRefusedByTheBuilder() throws IOException {
    Path notPem = Files.writeString(dir.resolve("not.pem"), "-----BEGIN CERTIFICATE-----\nnot base64\n", StandardCharsets.UTF_8);
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> ConformanceSuite.builder().caCertificate(notPem));
    assertTrue(bad.getMessage().contains(notPem.toString()), bad.getMessage());
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> ConformanceSuite.builder().caCertificate(dir.resolve("absent.pem")));
    assertTrue(missing.getMessage().startsWith("cannot read the CA certificate file"), missing.getMessage());
  }
}
