package io.handlekit.maven;

/**
 * One header that {@code handlekit:conformance} sends with every request, configured as
 * <pre>{@code
 * <header>
 *   <name>Authorization</name>
 *   <env>MPSD_AUTHORIZATION</env>      <!-- or <server>mpsd-test</server>, or <value>plain text</value> -->
 * </header>
 * }</pre>
 * Exactly one of {@code value}, {@code env} and {@code server} gives the value. A value read from an environment
 * variable ({@code env}) or from the password of a {@code settings.xml} server ({@code server}, decrypted when it was
 * encrypted with {@code mvn --encrypt-password}) is secret: it shows as {@code ***} in every report and never appears
 * in the build log, not even with {@code -X}, which prints only what the POM configures. A {@code value} is written
 * in the POM, so it is for what is not secret (a tenant id); the conformance suite redacts
 * {@code Authorization}, {@code Proxy-Authorization} and {@code Cookie} whatever their source.
 */
public final class Header {
  /** Credentials by their name, whatever their source: the suite's reports redact the same ones. */
  private static final java.util.Set<String> ALWAYS_SECRET =
      java.util.Set.of("authorization", "proxy-authorization", "cookie");

  private String name;
  private String value;
  private String env;
  private String server;

  /** Maven creates headers from the POM. */
  public Header() {}

  Header(String name, String value, String env, String server) {
    this.name = name;
    this.value = value;
    this.env = env;
    this.server = server;
  }

  String name() {
    return name;
  }

  String value() {
    return value;
  }

  String env() {
    return env;
  }

  String server() {
    return server;
  }

  /** Where the value comes from, never the value of a secret one: Maven prints parameters with {@code -X}. */
  @Override
  public String toString() {
    if (env != null) {
      return name + ": ${env." + env + "}";
    }
    if (server != null) {
      return name + ": (the password of settings.xml server " + server + ")";
    }
    return name + ": " + (alwaysSecret(name) ? "***" : value);
  }

  /** Whether a header of this name is a credential, shown as {@code ***} whatever its source. */
  static boolean alwaysSecret(String name) {
    return name != null && ALWAYS_SECRET.contains(name.strip().toLowerCase(java.util.Locale.ROOT));
  }
}
