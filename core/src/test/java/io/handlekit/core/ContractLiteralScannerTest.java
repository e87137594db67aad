package io.handlekit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scanner that guards the contract's single home must flag what it is meant to, and only that. */
class ContractLiteralScannerTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "int limit = 256;",
      "long max = 4294967295L;",
      "long max = 0xFFFF_FFFFL;",
      "long max = 0xffffffffL;",
      "int min = 104;",
      "int min = 0150;",
      "int limit = 0b1_0000_0000;",
      "node.get(\"inviteAttributes\");",
      "node.get(\"sessionRef\");",
      "node.get(\"templateName\");",
      "node.get(\"invitedXuid\");",
      "node.get(\"contextString\");",
      "header(\"X-Xbl-Contract-Version\");",
      "header(\"x-xbl-contract-version\");",
      "type.equals(\"Application/JSON\");",
      "String max = \"18446744073709551615\";",
      "fail(\"title id out of range (0 to 4294967295)\");",
      "describe(\"a header below 104 is rejected\");",
      "String doc = \"\"\"\n  { \"context\": \"at most 256\" }\n  \"\"\";"})
  void flagsAContractLiteralInCode(String code) {
    List<ContractLiteralScanner.Hit> hits = ContractLiteralScanner.scan("class A {\n  void f() {\n    " + code + "\n  }\n}\n");
    assertEquals(1, hits.size(), () -> "hits in " + code + ": " + hits);
    assertEquals(3, hits.get(0).line(), () -> "line of the hit in " + code);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "// the limit is 256, see \"inviteAttributes\"\nint a = 1;",
      "/* 4294967295 and \"sessionRef\" */ int a = 1;",
      "/**\n * At most {@code 256} characters of {@code \"inviteAttributes\"}.\n */\nint a = 1;",
      "int limit = ContractLimits.MAX_CONTEXT_LENGTH;",
      "int a = 2560; int b = 1256; double c = 256.5; long d = 0x1000L;",
      "String s = \"sessionRefs\"; String t = \"inviteattributes\"; String u = \"v1.104\";",
      "String s = \"a\\\"sessionRef\\\"b\"; char q = '\"'; int x = 5;",
      "int version256 = 1; String id = \"id\"; String v = \"version\";"})
  void leavesCommentsNamesAndOtherNumbersAlone(String code) {
    assertEquals(List.of(), ContractLiteralScanner.scan("class A {\n" + code + "\n}\n"));
  }

  @Test
  void countsLinesAcrossCommentsAndTextBlocks() {
    String source = "/*\n\n*/\nString a = \"\"\"\n\n\"\"\";\n// x\nint b = 256;\n";
    assertEquals(List.of(new ContractLiteralScanner.Hit(8, "256")), ContractLiteralScanner.scan(source));
  }

  @Test
  void readsIntegerLiteralsInEveryRadix() {
    assertEquals(BigInteger.valueOf(256), ContractLiteralScanner.integerValue("0x1_00"));
    assertEquals(BigInteger.valueOf(256), ContractLiteralScanner.integerValue("0400"));
    assertEquals(BigInteger.valueOf(256), ContractLiteralScanner.integerValue("0B100000000"));
    assertEquals(BigInteger.valueOf(256), ContractLiteralScanner.integerValue("2_56l"));
    assertEquals(null, ContractLiteralScanner.integerValue("256.0"));
    assertEquals(null, ContractLiteralScanner.integerValue("256e0"));
  }
}
