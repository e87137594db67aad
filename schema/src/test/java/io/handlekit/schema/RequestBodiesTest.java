package io.handlekit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.everit.json.schema.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bodies of the facts sheet and the seed, and a table of invalid bodies with where each fails. */
class RequestBodiesTest {
  private static final Schema REQUEST = EveritSchemas.load(HandleSchema.HANDLE_REQUEST);
  private static final Schema RESPONSE = EveritSchemas.load(HandleSchema.INVITE_HANDLE);

  private static final String SCID = "bd6c41c3-01c3-468a-a3b5-3e0fe8133862";

  @Test
  void factsSheetActivityValidates() {
    String body = "{ \"version\": 1, \"type\": \"activity\", \"sessionRef\": { \"scid\": \"" + SCID
        + "\", \"templateName\": \"deathmatch\", \"name\": \"session-49\" } }";
    assertEquals(List.of(), EveritSchemas.violations(REQUEST, body));
  }

  @Test
  void factsSheetInviteValidates() {
    String body = "{ \"version\": 1, \"type\": \"invite\", \"sessionRef\": { \"scid\": \"" + SCID
        + "\", \"templateName\": \"deathmatch\", \"name\": \"session-49\" }, \"invitedXuid\": \"3210\","
        + " \"inviteAttributes\": { \"titleId\": \"1234567\", \"context\": \"lobby=7&mode=ranked\","
        + " \"contextString\": \"///invite_ranked\", \"senderString\": \"Matchmaking\" } }";
    assertEquals(List.of(), EveritSchemas.violations(REQUEST, body));
  }

  @Test
  void factsSheetResponseValidates() {
    String body = "{ \"id\": \"b8704ec5-95cd-408b-bd41-baa7a2761cc2\", \"type\": \"invite\", \"version\": 1,"
        + " \"sessionRef\": { \"scid\": \"" + SCID + "\", \"templateName\": \"deathmatch\", \"name\": \"session-49\" },"
        + " \"invitedXuid\": \"3210\", \"senderXuid\": \"2814679796296491\","
        + " \"inviteAttributes\": { \"titleId\": \"1234567\" }, \"expiration\": \"2014-08-28T23:15:34.8852308Z\" }";
    assertEquals(List.of(), EveritSchemas.violations(RESPONSE, body));
  }

  /** The seed's activity sample with its comment and trailing commas removed. */
  @Test
  void seedActivitySampleRepairedValidates() {
    String body = "{\n  \"version\": 1,\n  \"type\": \"activity\",\n  \"sessionRef\": {\n    \"scid\": \"" + SCID
        + "\",\n    \"templateName\": \"deathmatch\",\n    \"name\": \"session-49\"\n  }\n}";
    assertEquals(List.of(), EveritSchemas.violations(REQUEST, body));
  }

  /** The seed's invite sample with the quote closed, comments and trailing commas removed, placeholders filled. */
  @Test
  void seedInviteSampleRepairedValidates() {
    String body = "{\n  \"id\": \"47ca0049-a5ba-4bc1-aa22-fcf834ce4c13\",\n  \"version\": 1,\n  \"type\": \"invite\",\n"
        + "  \"sessionRef\": {\n    \"scid\": \"" + SCID + "\",\n    \"templateName\": \"deathmatch\",\n"
        + "    \"name\": \"session-49\"\n   },\n   \"inviteAttributes\": {\n     \"titleId\" : \"1234567\",\n"
        + "     \"context\" : \"lobby=7\",\n     \"contextString\" : \"///invite\",\n"
        + "     \"senderString\" : \"Matchmaking\"\n   },\n   \"invitedXuid\": \"3210\"\n}";
    assertEquals(List.of(), EveritSchemas.violations(REQUEST, body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      version 2                |{'version':2,'type':'activity','sessionRef':{'scid':'%s','templateName':'t'}}                     |#/version const
      version string           |{'version':'1','type':'activity','sessionRef':{'scid':'%s','templateName':'t'}}                   |#/version const
      version missing          |{'type':'activity','sessionRef':{'scid':'%s','templateName':'t'}}                                 |# required
      type missing             |{'version':1,'sessionRef':{'scid':'%s','templateName':'t'}}                                       |# required
      type wrong case          |{'version':1,'type':'Activity','sessionRef':{'scid':'%s','templateName':'t'}}                     |#/type enum
      type transfer            |{'version':1,'type':'transfer','sessionRef':{'scid':'%s','templateName':'t'}}                     |#/type enum
      sessionRef missing       |{'version':1,'type':'activity'}                                                                    |# required
      sessionRef null          |{'version':1,'type':'activity','sessionRef':null}                                                  |#/sessionRef type
      scid mock                |{'version':1,'type':'activity','sessionRef':{'scid':'MockScid','templateName':'t'}}               |#/sessionRef/scid pattern
      scid braces              |{'version':1,'type':'activity','sessionRef':{'scid':'{%s}','templateName':'t'}}                   |#/sessionRef/scid pattern
      templateName empty       |{'version':1,'type':'activity','sessionRef':{'scid':'%s','templateName':''}}                      |#/sessionRef/templateName minLength
      templateName missing     |{'version':1,'type':'activity','sessionRef':{'scid':'%s'}}                                        |#/sessionRef required
      name null                |{'version':1,'type':'activity','sessionRef':{'scid':'%s','templateName':'t','name':null}}         |#/sessionRef/name type
      invite name missing      |{'version':1,'type':'invite','sessionRef':{'scid':'%s','templateName':'t'},'invitedXuid':'1','inviteAttributes':{'titleId':'1'}}          |#/sessionRef required
      invitedXuid empty        |{'version':1,'type':'invite','sessionRef':{'scid':'%s','templateName':'t','name':'n'},'invitedXuid':'','inviteAttributes':{'titleId':'1'}} |#/invitedXuid pattern
      invitedXuid number       |{'version':1,'type':'invite','sessionRef':{'scid':'%s','templateName':'t','name':'n'},'invitedXuid':3210,'inviteAttributes':{'titleId':'1'}} |#/invitedXuid type
      inviteAttributes missing |{'version':1,'type':'invite','sessionRef':{'scid':'%s','templateName':'t','name':'n'},'invitedXuid':'1'}                                   |# required
      titleId missing          |{'version':1,'type':'invite','sessionRef':{'scid':'%s','templateName':'t','name':'n'},'invitedXuid':'1','inviteAttributes':{}}              |#/inviteAttributes required
      titleId negative         |{'version':1,'type':'invite','sessionRef':{'scid':'%s','templateName':'t','name':'n'},'invitedXuid':'1','inviteAttributes':{'titleId':-1}}  |#/inviteAttributes/titleId minimum
      titleId hex string       |{'version':1,'type':'invite','sessionRef':{'scid':'%s','templateName':'t','name':'n'},'invitedXuid':'1','inviteAttributes':{'titleId':'0x1'}} |#/inviteAttributes/titleId pattern
      context number           |{'version':1,'type':'invite','sessionRef':{'scid':'%s','templateName':'t','name':'n'},'invitedXuid':'1','inviteAttributes':{'titleId':'1','context':5}} |#/inviteAttributes/context type
      id not a guid            |{'id':'47ca','version':1,'type':'invite','sessionRef':{'scid':'%s','templateName':'t','name':'n'},'invitedXuid':'1','inviteAttributes':{'titleId':'1'}} |#/id pattern
      """)
  void invalidBodyFailsAtItsPointer(String label, String template, String expected) {
    String body = template.replace('\'', '"').replace("%s", SCID);
    assertEquals(List.of(expected), EveritSchemas.violations(REQUEST, body), label);
  }

  @Test
  void templateNameCountsCodePoints() {
    String hundredEmoji = "\uD83D\uDE00".repeat(100);
    String valid = "{\"version\":1,\"type\":\"activity\",\"sessionRef\":{\"scid\":\"" + SCID
        + "\",\"templateName\":\"" + hundredEmoji + "\"}}";
    assertEquals(List.of(), EveritSchemas.violations(REQUEST, valid));
    String tooLong = valid.replace(hundredEmoji, hundredEmoji + "a");
    assertEquals(List.of("#/sessionRef/templateName maxLength"), EveritSchemas.violations(REQUEST, tooLong));
  }
}
