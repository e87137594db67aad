package io.handlekit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class HeaderValuesTest {
  private static final String ENV_SECRET = "env-secret-value";
  private static final String SERVER_SECRET = "server-secret-value";

  private final HeaderValues values = new HeaderValues(Map.of("TOKEN", ENV_SECRET)::get, id -> switch (id) {
    case "mpsd" -> Optional.of(SERVER_SECRET);
    case "no-password" -> Optional.empty();
    default -> throw new MojoExecutionException("<headers>: no <server> with the id " + id + " in settings.xml");
  });

  @Test
  void eachSourceGivesItsValueAndOnlyThePomsIsNotSecret() throws MojoExecutionException {
    List<ResolvedHeader> resolved = values.resolve(List.of(
        new Header("Authorization", null, "TOKEN", null),
        new Header(" X-Api-Key ", null, null, "mpsd"),
        new Header("X-Tenant", "tenant-7", null, null)));
    assertEquals(List.of(new ResolvedHeader("Authorization", ENV_SECRET, true),
        new ResolvedHeader("X-Api-Key", SERVER_SECRET, true),
        new ResolvedHeader("X-Tenant", "tenant-7", false)), resolved);
  }

  @Test
  void noTextOfAHeaderShowsASecret() throws MojoExecutionException {
    Header fromEnv = new Header("Authorization", null, "TOKEN", null);
    Header fromServer = new Header("X-Api-Key", null, null, "mpsd");
    List<ResolvedHeader> resolved = values.resolve(List.of(fromEnv, fromServer));
    for (Object shown : List.of(fromEnv, fromServer, resolved.get(0), resolved.get(1), resolved)) {
      String text = shown.toString();
      assertFalse(text.contains(ENV_SECRET) || text.contains(SERVER_SECRET), text);
    }
    assertEquals("Authorization: ${env.TOKEN}", fromEnv.toString());
    assertEquals("X-Api-Key: ***", resolved.get(1).toString());
  }

  @Test
  void aCredentialWrittenInThePomIsNotShownEither() throws MojoExecutionException {
    Header inPom = new Header("Proxy-Authorization", "Basic dXNlcjpwYXNz", null, null);
    assertEquals("Proxy-Authorization: ***", inPom.toString());
    assertEquals("Proxy-Authorization: ***", values.resolve(List.of(inPom)).get(0).toString());
    assertEquals("X-Tenant: tenant-7", new Header("X-Tenant", "tenant-7", null, null).toString());
  }

  @Test
  void aHeaderNeedsANameAndExactlyOneSource() {
    assertMessage("<headers>: header 1 has no <name>", new Header(" ", "v", null, null));
    assertMessage("<headers>: header X needs exactly one of <value>, <env> (an environment variable) and <server> "
        + "(a settings.xml server whose password is the value), not 0", new Header("X", null, null, null));
    assertMessage("<headers>: header X needs exactly one of <value>, <env> (an environment variable) and <server> "
        + "(a settings.xml server whose password is the value), not 2", new Header("X", "v", "TOKEN", null));
  }

  @Test
  void aMissingSourceIsNamedWithoutAnyValue() {
    assertMessage("<headers>: header Authorization takes its value from the environment variable UNSET, which is not set",
        new Header("Authorization", null, "UNSET", null));
    assertMessage("<headers>: header X takes its value from the password of the settings.xml server no-password, which "
        + "has no <password>", new Header("X", null, null, "no-password"));
    assertMessage("<headers>: no <server> with the id nosuch in settings.xml", new Header("X", null, null, "nosuch"));
  }

  private void assertMessage(String expected, Header header) {
    MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> values.resolve(List.of(header)));
    assertEquals(expected, e.getMessage());
    assertTrue(!e.getMessage().contains(ENV_SECRET) && !e.getMessage().contains(SERVER_SECRET));
  }
}
