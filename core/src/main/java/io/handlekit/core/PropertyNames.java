package io.handlekit.core;

import java.util.List;

/**
 * The property names of the POST /handles bodies as they appear on the wire (case-sensitive), and the names each
 * object of the contract knows, in the contract's order. A name outside an object's list is an unknown property:
 * a server ignores it, a linter warns about it.
 */
public final class PropertyNames {
  public static final String ID = "id";
  public static final String VERSION = "version";
  public static final String TYPE = "type";
  public static final String SESSION_REF = "sessionRef";
  public static final String SCID = "scid";
  public static final String TEMPLATE_NAME = "templateName";
  public static final String NAME = "name";
  public static final String INVITED_XUID = "invitedXuid";
  public static final String INVITE_ATTRIBUTES = "inviteAttributes";
  public static final String TITLE_ID = "titleId";
  public static final String CONTEXT = "context";
  public static final String CONTEXT_STRING = "contextString";
  public static final String SENDER_STRING = "senderString";
  public static final String SENDER_XUID = "senderXuid";
  public static final String EXPIRATION = "expiration";

  /** The properties of an activity request body. */
  public static final List<String> IN_ACTIVITY_REQUEST = List.of(VERSION, TYPE, SESSION_REF);

  /** The properties of an invite request body. */
  public static final List<String> IN_INVITE_REQUEST = List.of(ID, VERSION, TYPE, SESSION_REF, INVITED_XUID, INVITE_ATTRIBUTES);

  /** The properties of an invite handle, the answer to an invite request. */
  public static final List<String> IN_INVITE_HANDLE =
      List.of(ID, TYPE, VERSION, SESSION_REF, INVITED_XUID, SENDER_XUID, INVITE_ATTRIBUTES, EXPIRATION);

  /** The properties of {@code sessionRef}. */
  public static final List<String> IN_SESSION_REF = List.of(SCID, TEMPLATE_NAME, NAME);

  /** The properties of {@code inviteAttributes}. */
  public static final List<String> IN_INVITE_ATTRIBUTES = List.of(TITLE_ID, CONTEXT, CONTEXT_STRING, SENDER_STRING);

  private PropertyNames() {}
}
