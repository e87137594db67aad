package io.handlekit.validator;

import static io.handlekit.validator.Bodies.at;
import static io.handlekit.validator.Bodies.invite;
import static io.handlekit.validator.Bodies.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConfigurationTest {
  private static final String TRANSFER = "{\"version\":1,\"type\":\"transfer\",\"originSessionRef\":{}}";
  private static final String MOCK_SCID = Bodies.ACTIVITY.replace(Bodies.SCID, "MockScid");
  private static final String EMPTY_XUID = Bodies.INVITE.replace("\"3210\"", "\"\"");

  @Test
  void ruleIdsAreUniqueAndWellFormed() {
    Set<String> ids = new HashSet<>();
    for (Rule rule : Rule.values()) {
      assertTrue(ids.add(rule.id()), rule.id());
      assertTrue(rule.id().matches("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+"), rule.id());
      assertEquals(rule, Rule.byId(rule.id()).orElseThrow());
      assertFalse(rule.description().isBlank());
    }
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void everyRuleHasAMessageInEnglishAndKorean(Rule rule) {
    for (Locale locale : List.of(Locale.ROOT, Locale.KOREAN)) {
      ResourceBundle bundle = ResourceBundle.getBundle("io.handlekit.validator.messages", locale,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
      boolean keyed = bundle.keySet().stream().anyMatch(key -> key.equals(rule.id()) || key.startsWith(rule.id() + "."));
      assertTrue(keyed, rule.id() + " has no message for " + locale);
    }
  }

  @Test
  void koreanBundleTranslatesEveryEnglishKey() {
    ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    ResourceBundle english = ResourceBundle.getBundle("io.handlekit.validator.messages", Locale.ROOT, control);
    ResourceBundle korean = ResourceBundle.getBundle("io.handlekit.validator.messages", Locale.KOREAN, control);
    for (String key : english.keySet()) {
      assertNotEquals(english.getString(key), korean.getString(key), key);
    }
  }

  @Test
  void theShippedLanguagesAreReadByTheirCodesAndNothingElse() {
    assertEquals(List.of(Locale.ENGLISH, Locale.KOREAN), HandlesValidator.LANGUAGES);
    assertEquals(Optional.of(Locale.ENGLISH), HandlesValidator.language("en"));
    assertEquals(Optional.of(Locale.KOREAN), HandlesValidator.language(" KO "));
    for (String other : List.of("", "fr", "eng", "ko-KR", "kr", "e n")) {
      assertEquals(Optional.empty(), HandlesValidator.language(other), other);
    }
    assertEquals("en or ko", HandlesValidator.languageCodes());
  }

  @Test
  void messagesFollowTheLocale() {
    Violation english = HandlesValidator.create().validateRequest(MOCK_SCID).errors().get(0);
    Violation korean = HandlesValidator.builder().locale(Locale.KOREAN).build().validateRequest(MOCK_SCID).errors().get(0);
    assertEquals(english.rule(), korean.rule());
    assertEquals(english.pointer(), korean.pointer());
    assertTrue(korean.message().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL),
        korean.message());
    Violation german = HandlesValidator.builder().locale(Locale.GERMAN).build().validateRequest(MOCK_SCID).errors().get(0);
    assertEquals(english.message(), german.message());
  }

  @Test
  void aLocaleWithoutItsOwnBundleGetsEnglishEvenWhenTheJvmDefaultIsKorean() {
    // The bundle lookup must not fall back to the JVM's default locale (it is done without a ResourceBundle.Control,
    // which a named module may not pass). Message instances are built per validator, so the default matters only here.
    String english = HandlesValidator.create().validateRequest(MOCK_SCID).errors().get(0).message();
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.KOREAN);
      Violation german = HandlesValidator.builder().locale(Locale.GERMAN).build().validateRequest(MOCK_SCID).errors().get(0);
      assertEquals(english, german.message());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void strictMakesUncoveredTypesErrorsAndLenientWarnings() {
    ValidationReport strict = HandlesValidator.create().validateRequest(TRANSFER);
    assertFalse(strict.isValid());
    assertEquals(List.of(Rule.TYPE_NOT_COVERED), strict.violations().stream().map(Violation::rule).toList());
    ValidationReport lenient = HandlesValidator.builder().profile(Profile.LENIENT).build().validateRequest(TRANSFER);
    assertTrue(lenient.isValid());
    assertEquals(Severity.WARNING, lenient.violations().get(0).severity());
  }

  @Test
  void xsapiFixturesAreErrorsInEveryProfile() {
    for (Profile profile : Profile.values()) {
      HandlesValidator validator = HandlesValidator.builder().profile(profile).build();
      assertEquals(List.of(Rule.GUID_FORMAT), validator.validateRequest(MOCK_SCID).errors().stream().map(Violation::rule).toList());
      assertEquals(List.of(Rule.XUID_FORMAT), validator.validateRequest(EMPTY_XUID).errors().stream().map(Violation::rule).toList());
    }
  }

  @Test
  void lenientLowersOnlyWhatItNames() {
    for (Rule rule : Rule.values()) {
      boolean named = rule == Rule.TYPE_NOT_COVERED || rule == Rule.PROPERTY_UNKNOWN || rule == Rule.CONTEXT_STRING_PREFIX;
      assertEquals(!named, rule.severityIn(Profile.LENIENT) == rule.defaultSeverity(), rule.id());
      assertTrue(rule.severityIn(Profile.LENIENT).compareTo(rule.defaultSeverity()) >= 0, rule.id());
    }
  }

  @Test
  void severityCanBeChangedPerRule() {
    String tooLong = with(invite(), b -> at(b, "/inviteAttributes").put("context", "a".repeat(300)));
    HandlesValidator relaxed = HandlesValidator.builder().severity("context.too-long", Severity.WARNING).build();
    ValidationReport report = relaxed.validateRequest(tooLong);
    assertTrue(report.isValid());
    assertEquals(Severity.WARNING, report.violations().get(0).severity());
    HandlesValidator stricter = HandlesValidator.builder().severity(Rule.PROPERTY_UNKNOWN, Severity.ERROR).build();
    assertFalse(stricter.validateRequest(with(invite(), b -> b.put("sessionref", 1))).isValid());
  }

  @Test
  void ruleCanBeIgnored() {
    HandlesValidator ignoring = HandlesValidator.builder().ignore("guid.format").build();
    assertTrue(ignoring.validateRequest(MOCK_SCID).violations().isEmpty());
    assertEquals(Optional.empty(), ignoring.severityOf(Rule.GUID_FORMAT));
    assertThrows(IllegalArgumentException.class, () -> HandlesValidator.builder().ignore("no.such-rule"));
  }

  @Test
  void toBuilderKeepsTheConfigurationAndTheOriginalStaysAsItWas() {
    HandlesValidator original = HandlesValidator.builder().profile(Profile.LENIENT).ignore(Rule.GUID_FORMAT).build();
    HandlesValidator changed = original.toBuilder().severity(Rule.GUID_FORMAT, Severity.INFO).build();
    assertEquals(Profile.LENIENT, changed.profile());
    assertEquals(Optional.of(Severity.INFO), changed.severityOf(Rule.GUID_FORMAT));
    assertEquals(Optional.empty(), original.severityOf(Rule.GUID_FORMAT));
  }

  @Test
  void oneValidatorIsSafeToShareAcrossThreads() throws Exception {
    HandlesValidator shared = HandlesValidator.create();
    List<String> bodies = List.of(Bodies.ACTIVITY, Bodies.INVITE, MOCK_SCID, EMPTY_XUID, TRANSFER, "{,}");
    List<List<String>> expected = bodies.stream().map(b -> summary(shared.validateRequest(b))).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          for (int i = 0; i < 2_000; i++) {
            int k = i % bodies.size();
            if (!summary(shared.validateRequest(bodies.get(k).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .equals(expected.get(k))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> result : results) {
        assertTrue(result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> summary(ValidationReport report) {
    return report.violations().stream().map(v -> v.ruleId() + v.pointer().orElse("") + v.message()).toList();
  }
}
