package io.handlekit.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * The existing session that {@code handlekit:conformance} bodies name (a real service answers 404 for sessions that
 * do not exist), configured as
 * <pre>{@code
 * <fixture>
 *   <scid>bd6c41c3-01c3-468a-a3b5-3e0fe8133862</scid>
 *   <templateName>deathmatch</templateName>
 *   <sessionName>session-49</sessionName>
 *   <invitedXuids><invitedXuid>2533274790395904</invitedXuid></invitedXuids>  <!-- optional: test accounts -->
 *   <titleIds><titleId>1234567</titleId></titleIds>                           <!-- optional -->
 * </fixture>
 * }</pre>
 * The conformance suite's {@code Fixture.session(...)}; it checks every value.
 */
public final class SessionFixture {
  private String scid;
  private String templateName;
  private String sessionName;
  private List<String> invitedXuids = new ArrayList<>();
  private List<String> titleIds = new ArrayList<>();

  /** Maven creates the fixture from the POM. */
  public SessionFixture() {}

  String scid() {
    return scid;
  }

  String templateName() {
    return templateName;
  }

  String sessionName() {
    return sessionName;
  }

  List<String> invitedXuids() {
    return invitedXuids == null ? List.of() : invitedXuids;
  }

  List<String> titleIds() {
    return titleIds == null ? List.of() : titleIds;
  }

  @Override
  public String toString() {
    return scid + "/" + templateName + "/" + sessionName;
  }
}
