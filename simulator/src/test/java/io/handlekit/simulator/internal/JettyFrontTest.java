package io.handlekit.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.core.Version;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link JettyFront} subclasses WireMock's Jetty server and uses the Jetty and servlet classes WireMock shades: no
 * public API, so it is written against one WireMock version, named here. When WireMock is upgraded this test fails
 * first: check JettyFront against the new version (the server's construction order, the handler chain, the shaded
 * package names), run the simulator's tests, then update the version below.
 */
class JettyFrontTest {
  private static final String WRITTEN_AGAINST = "3.13.2";

  @Test
  void wireMockIsTheVersionJettyFrontWasWrittenAgainst() {
    assertEquals(WRITTEN_AGAINST, Version.getCurrentVersion(),
        "JettyFront reaches into WireMock " + WRITTEN_AGAINST + "'s shaded Jetty; review it for this version");
  }

  @Test
  void jettyFrontIsTheOnlyClassThatTouchesTheShadedJetty() throws IOException {
    Path sources = Path.of("src/main/java");
    try (Stream<Path> files = Files.walk(sources)) {
      List<String> touching = files.filter(path -> path.toString().endsWith(".java"))
          .filter(JettyFrontTest::importsShadedServer)
          .map(path -> path.getFileName().toString())
          .toList();
      assertEquals(List.of("JettyFront.java"), touching);
    }
  }

  private static boolean importsShadedServer(Path source) {
    try {
      String text = Files.readString(source);
      return text.contains("wiremock.org.eclipse.jetty") || text.contains("wiremock.jakarta.servlet")
          || text.contains("com.github.tomakehurst.wiremock.jetty");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
