package io.handlekit.conformance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An https target on loopback whose certificate the JDK does not trust: self-signed, made by the JDK's keytool in
 * a folder of the test's. It answers every POST 204 and every GET 405, enough for the checks that name a valid
 * request. Shared with the command's tests (this module's test jar).
 */
public final class HttpsTarget implements AutoCloseable {
  private static final String PASSWORD = "handlekit-test";
  private final WireMockServer https;
  private final Path caCertificate;

  private HttpsTarget(WireMockServer https, Path caCertificate) {
    this.https = https;
    this.caCertificate = caCertificate;
  }

  /** Makes a key pair and its certificate in {@code dir} and starts the server. */
  public static HttpsTarget start(Path dir) throws IOException, InterruptedException {
    Path keystore = dir.resolve("server.p12");
    Path pem = dir.resolve("ca.pem");
    keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
        "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-keystore", keystore.toString(),
        "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
    keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", keystore.toString(), "-storetype", "PKCS12",
        "-storepass", PASSWORD, "-file", pem.toString());
    WireMockServer https = new WireMockServer(options().bindAddress("127.0.0.1").httpDisabled(true).dynamicHttpsPort()
        .keystorePath(keystore.toString()).keystoreType("PKCS12").keystorePassword(PASSWORD).keyManagerPassword(PASSWORD)
        .containerThreads(8).jettyAcceptors(1));
    https.start();
    https.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(405).withHeader("Allow", "POST")));
    https.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(204)));
    return new HttpsTarget(https, pem);
  }

  private static void keytool(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("keytool " + String.join(" ", args) + " failed: " + output);
    }
  }

  /** The target's base URL, {@code https://127.0.0.1:PORT}. */
  public String baseUrl() {
    return "https://127.0.0.1:" + https.httpsPort();
  }

  /** The port it listens on. */
  public int port() {
    return https.httpsPort();
  }

  /** The PEM file of the certificate to trust. */
  public Path caCertificate() {
    return caCertificate;
  }

  @Override
  public void close() {
    https.stop();
  }
}
