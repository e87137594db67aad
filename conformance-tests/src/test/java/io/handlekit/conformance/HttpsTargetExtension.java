package io.handlekit.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An {@link HttpsTarget} for one test class, registered as a static {@code @RegisterExtension} field: started before
 * its tests in a temporary directory of its own (which the tests may write into too), stopped and removed after them.
 */
public final class HttpsTargetExtension implements BeforeAllCallback, AfterAllCallback {
  private Path directory;
  private HttpsTarget target;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    directory = Files.createTempDirectory("handlekit-https");
    target = HttpsTarget.start(directory);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    target.close();
    try (Stream<Path> walk = Files.walk(directory)) {
      for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }

  /** The running target. */
  public HttpsTarget target() {
    return target;
  }

  /** The class's temporary directory: the target's key store and CA certificate, and whatever the tests write. */
  public Path directory() {
    return directory;
  }
}
