package io.handlekit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PathGlobTest {
  @Test
  void doubleStarMatchesNoDirectoryOrAnyNumber() {
    PathGlob glob = PathGlob.of("src/test/resources/**/handles/*.json");
    assertTrue(glob.matches("src/test/resources/handles/a.json"));
    assertTrue(glob.matches("src/test/resources/x/handles/a.json"));
    assertTrue(glob.matches("src/test/resources/x/y/handles/a.json"));
    assertFalse(glob.matches("src/test/resources/handles/sub/a.json"));
    assertFalse(glob.matches("src/test/resources/xhandles/a.json"));
    assertFalse(glob.matches("src/test/resources/handles/a.jsonx"));
    assertFalse(glob.matches("other/src/test/resources/handles/a.json"));
  }

  @Test
  void singleStarAndQuestionMarkStayWithinOneName() {
    assertTrue(PathGlob.of("bodies/*.json").matches("bodies/.json"));
    assertFalse(PathGlob.of("bodies/*.json").matches("bodies/a/b.json"));
    assertTrue(PathGlob.of("bodies/?.json").matches("bodies/a.json"));
    assertFalse(PathGlob.of("bodies/?.json").matches("bodies/ab.json"));
    assertFalse(PathGlob.of("bodies/?.json").matches("bodies//.json"));
  }

  @Test
  void leadingDoubleStarAndTrailingSlashCoverWholeTrees() {
    assertTrue(PathGlob.of("**/*.ndjson").matches("a.ndjson"));
    assertTrue(PathGlob.of("**/*.ndjson").matches("logs/2026/a.ndjson"));
    assertTrue(PathGlob.of("generated/").matches("generated/x/y.json"));
    assertFalse(PathGlob.of("generated/").matches("generatedx/y.json"));
  }

  @Test
  void everyOtherCharacterIsLiteral() {
    assertTrue(PathGlob.of("a+b/(c).json").matches("a+b/(c).json"));
    assertFalse(PathGlob.of("a.json").matches("abjson"));
    assertTrue(PathGlob.of(".\\bodies\\x.json").matches("bodies/x.json"));
  }

  @Test
  void theBaseIsTheDirectoryBeforeTheFirstWildcard() {
    assertEquals("src/test/resources", PathGlob.of("src/test/resources/**/handles/*.json").base());
    assertEquals("bodies", PathGlob.of("bodies/a?.json").base());
    assertEquals("", PathGlob.of("**/*.json").base());
    assertEquals("", PathGlob.of("*.json").base());
    assertEquals("logs", PathGlob.of("logs/requests.ndjson").base());
  }
}
