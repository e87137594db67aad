package io.handlekit.conformance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
  private static final String PASSWORD = "handlekit-test";
  private Path dir;
  private Path pem;
  private WireMockServer https;

  @BeforeAll
  void start(@TempDir Path tempDir) throws Exception {
    dir = tempDir;
    Path keystore = dir.resolve("server.p12");
    pem = dir.resolve("ca.pem");
    keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
        "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-keystore", keystore.toString(),
        "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
    keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", keystore.toString(), "-storetype", "PKCS12",
        "-storepass", PASSWORD, "-file", pem.toString());
    https = new WireMockServer(options().bindAddress("127.0.0.1").httpDisabled(true).dynamicHttpsPort()
        .keystorePath(keystore.toString()).keystoreType("PKCS12").keystorePassword(PASSWORD).keyManagerPassword(PASSWORD)
        .containerThreads(8).jettyAcceptors(1));
    https.start();
    https.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(405).withHeader("Allow", "POST")));
    https.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(204)));
  }

  @AfterAll
  void stop() {
    https.stop();
  }

  private static void keytool(String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "keytool did not finish");
    assertEquals(0, process.exitValue(), output);
  }

  private String base() {
    return "https://127.0.0.1:" + https.httpsPort();
  }

  @Test
  void anUntrustedCertificateMakesTheTargetUnreachableWithOneTlsLine() {
    ConformanceResult result = ConformanceSuite.builder().baseUrl(base()).only(Set.of("activity.accepted")).tries(3)
        .build().run();
    assertEquals(Verdict.UNREACHABLE, result.verdict(), () -> Reports.summary(result));
    assertEquals(Verdict.UNREACHABLE, result.verdict());
    String why = result.unreachable().orElseThrow();
    assertTrue(why.startsWith("TLS handshake with 127.0.0.1:" + https.httpsPort() + " failed: its certificate is not trusted"),
        why);
    assertTrue(why.contains("--ca-cert"), why);
    assertFalse(why.contains("\n"), why);
    assertEquals(List.of(), result.checks());
  }

  @Test
  void theGivenCaCertificateIsTrusted() {
    ConformanceResult result = ConformanceSuite.builder().baseUrl(base()).caCertificate(pem)
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
