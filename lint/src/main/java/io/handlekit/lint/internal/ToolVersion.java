package io.handlekit.lint.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version SARIF reports name the tool with, from a resource that Maven fills in at build time. */
public final class ToolVersion {
  private ToolVersion() {}

  /** The project version, e.g. {@code 0.1.0}; {@code unknown} when run from classes not built by Maven. */
  public static String get() {
    try (InputStream in = ToolVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "unknown");
      // An unfiltered resource (an IDE copying it verbatim) still holds the placeholder.
      return version.startsWith("${") ? "unknown" : version;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
