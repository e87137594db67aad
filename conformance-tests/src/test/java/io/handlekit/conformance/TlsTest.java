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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An https target: with a certificate the JDK does not trust, the run is unreachable with one TLS line (exit 2);
 * with its CA given as a PEM file, the run goes ahead. The self-signed certificate is made by the JDK's keytool.
 */
class TlsTest {
  @RegisterExtension
  static final HttpsTargetExtension HTTPS = new HttpsTargetExtension();

  private static String base() {
    return HTTPS.target().baseUrl();
  }

  @Test
  void anUntrustedCertificateMakesTheTargetUnreachableWithOneTlsLine() {
    ConformanceResult result = ConformanceSuite.builder().baseUrl(base()).only(Set.of("activity.accepted")).tries(3)
        .build().run();
    assertEquals(Verdict.UNREACHABLE, result.verdict(), () -> Reports.summary(result));
    assertEquals(Verdict.UNREACHABLE, result.verdict());
    String why = result.unreachable().orElseThrow();
    assertTrue(why.startsWith("TLS handshake with 127.0.0.1:" + HTTPS.target().port() + " failed: its certificate is not trusted"),
        why);
    assertTrue(why.contains("--ca-cert"), why);
    assertFalse(why.contains("\n"), why);
    assertEquals(List.of(), result.checks());
  }

  @Test
  void theGivenCaCertificateIsTrusted() {
    ConformanceResult result = ConformanceSuite.builder().baseUrl(base()).caCertificate(HTTPS.target().caCertificate())
        .only(Set.of("activity.accepted")).tries(3).build().run();
    assertEquals(Verdict.CONFORMS, result.verdict(), () -> Reports.summary(result));
    assertEquals(Outcome.PASSED, result.check("activity.accepted").orElseThrow().outcome());
  }

  @Test
  void aCaCertificateFileThatIsNotOneIsRefusedByTheBuilder() throws IOException {
    Path notPem = Files.writeString(HTTPS.directory().resolve("not.pem"), "-----BEGIN CERTIFICATE-----\nnot base64\n", StandardCharsets.UTF_8);
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> ConformanceSuite.builder().caCertificate(notPem));
    assertTrue(bad.getMessage().contains(notPem.toString()), bad.getMessage());
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> ConformanceSuite.builder().caCertificate(HTTPS.directory().resolve("absent.pem")));
    assertTrue(missing.getMessage().startsWith("cannot read the CA certificate file"), missing.getMessage());
  }
}
