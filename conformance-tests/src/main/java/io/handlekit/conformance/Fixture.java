package io.handlekit.conformance;

import io.handlekit.core.ContractLimits;
import io.handlekit.core.Guid;
import io.handlekit.core.PropertyNames;
import io.handlekit.core.TitleId;
import io.handlekit.core.Xuid;
import java.util.List;
import java.util.Objects;

/**
 * The session that generated bodies refer to. Against a real service, bodies must name a session that exists,
 * so a {@link Session} fixture keeps its names exactly (only the scid's letter case varies, which the contract
 * allows); {@link #anySession()} lets the generators roam the whole space of valid names instead, for servers
 * that accept any session (the project's simulator does).
 */
public sealed interface Fixture {

  /**
   * Bodies name this session; {@code sessionName} may be used by activity bodies or left out of them. Invites go
   * to {@code invitedXuids} and name {@code titleIds} when given (a real service notifies the users invited: give
   * it test accounts), else to generated ones.
   */
  record Session(String scid, String templateName, String sessionName, List<String> invitedXuids, List<String> titleIds)
      implements Fixture {
    public Session {
      Objects.requireNonNull(scid, PropertyNames.SCID);
      Objects.requireNonNull(templateName, PropertyNames.TEMPLATE_NAME);
      Objects.requireNonNull(sessionName, "sessionName");
      invitedXuids = List.copyOf(invitedXuids);
      titleIds = List.copyOf(titleIds);
      if (!Guid.isValid(scid)) {
        throw new IllegalArgumentException("the fixture's scid is not a GUID (8-4-4-4-12 hex digits): \"" + scid + "\"");
      }
      checkName(PropertyNames.TEMPLATE_NAME, templateName);
      checkName("sessionName", sessionName);
      for (String xuid : invitedXuids) {
        if (!Xuid.isValid(xuid)) {
          throw new IllegalArgumentException(
              "not a XUID (decimal, 1 to " + ContractLimits.MAX_XUID_TEXT + "): \"" + xuid + "\"");
        }
      }
      for (String titleId : titleIds) {
        if (!TitleId.isValid(titleId)) {
          throw new IllegalArgumentException(
              "not a title id (decimal, 0 to " + ContractLimits.MAX_TITLE_ID_TEXT + "): \"" + titleId + "\"");
        }
      }
    }

    public Session(String scid, String templateName, String sessionName) {
      this(scid, templateName, sessionName, List.of(), List.of());
    }

    /** This session, invites going only to {@code xuids} (test accounts). */
    public Session withInvitedXuids(List<String> xuids) {
      return new Session(scid, templateName, sessionName, xuids, titleIds);
    }

    /** This session, invites naming only {@code ids}. */
    public Session withTitleIds(List<String> ids) {
      return new Session(scid, templateName, sessionName, invitedXuids, ids);
    }

    private static void checkName(String what, String name) {
      int length = name.codePointCount(0, name.length());
      if (length < ContractLimits.MIN_NAME_LENGTH || length > ContractLimits.MAX_NAME_LENGTH) {
        throw new IllegalArgumentException("the fixture's " + what + " must have " + ContractLimits.MIN_NAME_LENGTH + " to "
            + ContractLimits.MAX_NAME_LENGTH + " characters, not " + length);
      }
    }
  }

  /** Bodies name generated sessions: random scids and names of 1 to 100 code points from many scripts. */
  record AnySession() implements Fixture {}

  /** A fixture naming one existing session. */
  static Session session(String scid, String templateName, String sessionName) {
    return new Session(scid, templateName, sessionName);
  }

  /** A fixture letting the generators choose the sessions. */
  static Fixture anySession() {
    return new AnySession();
  }
}
