package io.handlekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handlekit.conformance.HttpsTargetExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * handlekit conformance against an https target: an untrusted certificate is exit code 2 with one TLS line; with
 * {@code --ca-cert} and the CA's PEM file the run goes ahead. The self-signed certificate is made by the JDK's
 * keytool.
 */
class ConformanceTlsTest {
  @RegisterExtension
  static final HttpsTargetExtension HTTPS = new HttpsTargetExtension();

  private static String base() {
    return HTTPS.target().baseUrl();
  }

  @Test
  void anUntrustedCertificateIsExitCodeTwoWithOneTlsLine() {
    Cli.Result result = Cli.run("conformance", "--base-url", base(), "--only", "activity.accepted", "--tries", "3",
        "--report-dir", HTTPS.directory().resolve("untrusted").toString());

    assertEquals(2, result.exitCode(), result::toString);
    List<String> tls = result.err().lines().filter(l -> l.contains("TLS")).toList();
    assertEquals(1, tls.size(), result::toString);
    assertTrue(tls.get(0).contains("certificate is not trusted") && tls.get(0).contains("--ca-cert"), result::toString);
    assertTrue(result.out().contains("Verdict: unreachable (exit code 2)"), result::toString);
    ExitCodeTest.assertNoStackTrace(result);
  }

  @Test
  void theCaCertificateGivenWithCaCertIsTrusted() {
    Cli.Result result = Cli.run("conformance", "--base-url", base(), "--ca-cert", HTTPS.target().caCertificate().toString(),
        "--only", "activity.accepted", "--tries", "3", "--report-dir", HTTPS.directory().resolve("trusted").toString());

    assertEquals(0, result.exitCode(), result::toString);
    assertTrue(result.out().contains("Verdict: conforms (exit code 0)"), result::toString);
  }
}
