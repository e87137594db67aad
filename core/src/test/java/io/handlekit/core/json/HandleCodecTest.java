package io.handlekit.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handlekit.core.ActivityHandleRequest;
import io.handlekit.core.HandleRequest;
import io.handlekit.core.InviteHandleRequest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HandleCodecTest {
  private static final HandleCodec CODEC = HandleCodec.create();
  private static final String SCID = "bd6c41c3-01c3-468a-a3b5-3e0fe8133862";

  @Test
  void readsWhatRealClientsSend() {
    String activity = "{\"type\":\"activity\",\"sessionRef\":{\"scid\":\"" + SCID.toUpperCase()
        + "\",\"templateName\":\"deathmatch\",\"name\":\"session-49\"},\"version\":1}";
    ActivityHandleRequest read = assertInstanceOf(ActivityHandleRequest.class, CODEC.readRequest(activity));
    assertEquals(SCID, read.sessionRef().scid().toString());

    String invite = "{\"type\":\"invite\",\"sessionRef\":{\"scid\":\"" + SCID + "\",\"templateName\":\"t\","
        + "\"name\":\"n\"},\"version\":1,\"invitedXuid\":\"1111\",\"inviteAttributes\":{\"titleId\":\"1234\"}}";
    InviteHandleRequest inviteRead = assertInstanceOf(InviteHandleRequest.class, CODEC.readRequest(invite));
    assertEquals("1234", inviteRead.inviteAttributes().titleId().toString());
  }

  @Test
  void titleIdIsWrittenAsAStringEvenWhenReadAsANumber() {
    String invite = "{\"version\":1,\"type\":\"invite\",\"sessionRef\":{\"scid\":\"" + SCID + "\",\"templateName\":\"t\","
        + "\"name\":\"n\"},\"invitedXuid\":\"1\",\"inviteAttributes\":{\"titleId\":1234}}";
    assertTrue(CODEC.writeString(CODEC.readRequest(invite)).contains("\"titleId\":\"1234\""));
  }

  @Test
  void unknownPropertiesRoundTrip() {
    String body = "{\"version\":1,\"type\":\"activity\",\"sessionref\":{\"a\":[1,2.50]},\"sessionRef\":{\"scid\":\"" + SCID
        + "\",\"templateName\":\"t\",\"extra\":true}}";
    HandleRequest read = CODEC.readRequest(body);
    assertEquals("[1,2.50]", read.unknownProperties().get("sessionref").get("a").toString());
    assertEquals(read, CODEC.readRequest(CODEC.write(read)));
    assertTrue(CODEC.writeString(read).contains("\"extra\":true"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      comment         |{/* c */"version":1}                                |1
      trailing comma  |{"version":1,}                                      |1
      duplicate key   |{"version":1,"version":1}                           |1
      single quotes   |{'version':1}                                       |1
      trailing value  |{"version":1} {}                                    |1
      """)
  void strictParsingRejectsWhatRfc8259Does(String label, String text, int line) {
    HandleDecodeException e = assertThrows(HandleDecodeException.class, () -> CODEC.readRequest(text));
    assertEquals(line, e.line().orElseThrow(), label);
    assertTrue(e.column().isPresent(), label);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      not an object   |[1]                                                                         |''
      missing version |{"type":"activity"}                                                         |''
      version 2       |{"version":2,"type":"activity"}                                             |/version
      transfer        |{"version":1,"type":"transfer"}                                             |/type
      bad scid        |{"version":1,"type":"activity","sessionRef":{"scid":"MockScid","templateName":"t"}}  |/sessionRef/scid
      invite no name  |{"version":1,"type":"invite","sessionRef":{"scid":"%s","templateName":"t"}}        |/sessionRef
      """)
  void shapesTheModelCannotHoldAreLocated(String label, String text, String pointer) {
    HandleDecodeException e = assertThrows(HandleDecodeException.class, () -> CODEC.readRequest(text.replace("%s", SCID)));
    assertEquals(pointer, e.pointer(), label);
  }

  @Test
  void deepNestingIsRefusedWithoutStackOverflow() {
    char[] open = new char[100_000];
    Arrays.fill(open, '[');
    String deep = "{\"a\":" + new String(open);
    HandleDecodeException e = assertThrows(HandleDecodeException.class, () -> CODEC.readRequest(deep));
    assertTrue(e.getMessage().contains("depth"), e.getMessage());
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"1e2147483648", "1e-2147483649", "0e99999999999", "1e2147483647"})
  void aNumberBeyondBigDecimalInAnUnknownPropertyStillDecodes(String number) {
    String body = "{\"version\":1,\"type\":\"activity\",\"sessionRef\":{\"scid\":\"bd6c41c3-01c3-468a-a3b5-3e0fe8133862\","
        + "\"templateName\":\"t\"},\"x\":" + number + "}";
    HandleRequest request = CODEC.readRequest(body);
    assertInstanceOf(ActivityHandleRequest.class, request);
    assertTrue(request.unknownProperties().values().containsKey("x"), request.toString());
  }
}
