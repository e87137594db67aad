package io.handlekit.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Looks up the values of the configured {@link Header}s: from the POM, an environment variable or a
 * {@code settings.xml} server's password. No message it writes holds a value.
 */
final class HeaderValues {
  private final Function<String, String> environment;
  private final ServerPasswords servers;

  /** The password of a {@code settings.xml} server, decrypted; empty when the server has none. */
  interface ServerPasswords {
    /** @throws MojoExecutionException when there is no server with that id or its password cannot be decrypted */
    Optional<String> password(String serverId) throws MojoExecutionException;
  }

  HeaderValues(Function<String, String> environment, ServerPasswords servers) {
    this.environment = environment;
    this.servers = servers;
  }

  List<ResolvedHeader> resolve(List<Header> headers) throws MojoExecutionException {
    List<ResolvedHeader> resolved = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      resolved.add(resolve(headers.get(i), i + 1));
    }
    return resolved;
  }

  private ResolvedHeader resolve(Header header, int position) throws MojoExecutionException {
    String name = header.name() == null ? "" : header.name().strip();
    if (name.isEmpty()) {
      throw new MojoExecutionException("<headers>: header " + position + " has no <name>");
    }
    int sources = (header.value() == null ? 0 : 1) + (header.env() == null ? 0 : 1) + (header.server() == null ? 0 : 1);
    if (sources != 1) {
      throw new MojoExecutionException("<headers>: header " + name + " needs exactly one of <value>, <env> "
          + "(an environment variable) and <server> (a settings.xml server whose password is the value), not " + sources);
    }
    if (header.value() != null) {
      return new ResolvedHeader(name, header.value(), false);
    }
    if (header.env() != null) {
      String value = environment.apply(header.env().strip());
      if (value == null) {
        throw new MojoExecutionException("<headers>: header " + name + " takes its value from the environment variable "
            + header.env().strip() + ", which is not set");
      }
      return new ResolvedHeader(name, value, true);
    }
    String server = header.server().strip();
    String value = servers.password(server).orElseThrow(() -> new MojoExecutionException("<headers>: header " + name
        + " takes its value from the password of the settings.xml server " + server + ", which has no <password>"));
    return new ResolvedHeader(name, value, true);
  }
}
