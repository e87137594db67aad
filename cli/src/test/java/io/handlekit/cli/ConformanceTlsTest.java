package io.handlekit.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * handlekit conformance against an https target: an untrusted certificate is exit code 2 with one TLS line; with
 * {@code --ca-cert} and the CA's PEM file the run goes ahead. The self-signed certificate is made by the JDK's
 * keytool.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConformanceTlsTest {
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
    List<String> command = new ArrayList<>();
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
  void anUntrustedCertificateIsExitCodeTwoWithOneTlsLine() {
    Cli.Result result = Cli.run("conformance", "--base-url", base(), "--only", "activity.accepted", "--tries", "3",
        "--report-dir", dir.resolve("untrusted").toString());

    assertEquals(2, result.exitCode(), result::toString);
    List<String> tls = result.err().lines().filter(l -> l.contains("TLS")).toList();
    assertEquals(1, tls.size(), result::toString);
    assertTrue(tls.get(0).contains("certificate is not trusted") && tls.get(0).contains("--ca-cert"), result::toString);
    assertTrue(result.out().contains("Verdict: unreachable (exit code 2)"), result::toString);
    ExitCodeTest.assertNoStackTrace(result);
  }

  @Test
  void theCaCertificateGivenWithCaCertIsTrusted() {
    Cli.Result result = Cli.run("conformance", "--base-url", base(), "--ca-cert", pem.toString(),
        "--only", "activity.accepted", "--tries", "3", "--report-dir", dir.resolve("trusted").toString());

    assertEquals(0, result.exitCode(), result::toString);
    assertTrue(result.out().contains("Verdict: conforms (exit code 0)"), result::toString);
  }
}
