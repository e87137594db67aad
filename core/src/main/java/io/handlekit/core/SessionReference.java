package io.handlekit.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A reference to a session: the title's service configuration id, the session template and the
 * session's name. The name is optional for an activity (MPSD fills in a GUID) and required for an invite.
 * Contract limits such as the 100-character names are the validator's to check, not this record's.
 */
public record SessionReference(Guid scid, String templateName, Optional<String> name, UnknownProperties unknownProperties) {

  public SessionReference {
    Objects.requireNonNull(scid, PropertyNames.SCID);
    Objects.requireNonNull(templateName, PropertyNames.TEMPLATE_NAME);
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unknownProperties, "unknownProperties");
  }

  /** A named session reference. */
  public static SessionReference of(Guid scid, String templateName, String name) {
    return new SessionReference(scid, templateName, Optional.of(name), UnknownProperties.none());
  }

  /** A session reference without a name (activity only). */
  public static SessionReference unnamed(Guid scid, String templateName) {
    return new SessionReference(scid, templateName, Optional.empty(), UnknownProperties.none());
  }
}
