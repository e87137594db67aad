package io.handlekit.testkit;

import io.handlekit.core.PropertyNames;
import java.util.List;
import java.util.Objects;

/**
 * The one existing session that generated bodies name, for targets that must know it: names kept exactly (only the
 * scid's letter case varies, which the contract allows); invites go to {@code invitedXuids} and name
 * {@code titleIds} when given, else to generated ones. The caller checks that the values are valid.
 */
public record FixedSession(String scid, String templateName, String sessionName, List<String> invitedXuids,
    List<String> titleIds) {
  public FixedSession {
    Objects.requireNonNull(scid, PropertyNames.SCID);
    Objects.requireNonNull(templateName, PropertyNames.TEMPLATE_NAME);
    Objects.requireNonNull(sessionName, "sessionName");
    invitedXuids = List.copyOf(invitedXuids);
    titleIds = List.copyOf(titleIds);
  }
}
