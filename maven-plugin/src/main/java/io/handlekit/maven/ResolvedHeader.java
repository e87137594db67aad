package io.handlekit.maven;

/** A header with its value looked up; {@code secret} when it came from the environment or {@code settings.xml}. */
record ResolvedHeader(String name, String value, boolean secret) {
  @Override
  public String toString() {
    return name + ": " + (secret || Header.alwaysSecret(name) ? "***" : value);
  }
}
