package io.handlekit.lint.internal;

import io.handlekit.core.ContractHeaders;
import io.handlekit.core.ContractLimits;
import io.handlekit.core.HandleRequest;
import io.handlekit.validator.Rule;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * What SARIF tells code scanning about each rule, in the run's locale: a short and a full description, the example
 * that breaks it (the README's rule table), help as text and Markdown, and the address of the rule's row in that
 * table. The numbers and names of the contract come from core's constants, filled into the bundle's placeholders.
 */
final class RuleHelp {
  /** Where handlekit is documented: the README, whose rule table has an anchor per rule. */
  static final String INFORMATION_URI = "https://handlekit.io/";

  private static final String BUNDLE = "io.handlekit.lint.internal.rules";
  private static final Map<String, String> CONTRACT = Map.of(
      "{maxName}", Integer.toString(ContractLimits.MAX_NAME_LENGTH),
      "{maxContext}", Integer.toString(ContractLimits.MAX_CONTEXT_LENGTH),
      "{minVersion}", Integer.toString(ContractHeaders.MIN_CONTRACT_VERSION),
      "{maxXuid}", ContractLimits.MAX_XUID_TEXT,
      "{maxTitleId}", ContractLimits.MAX_TITLE_ID_TEXT,
      "{header}", ContractHeaders.CONTRACT_VERSION,
      "{version}", Integer.toString(HandleRequest.VERSION));

  private final ResourceBundle bundle;

  RuleHelp(Locale locale) {
    this.bundle = LintMessages.bundle(BUNDLE, locale);
  }

  /** The language the help is in: {@code en} or {@code ko}. */
  String language() {
    String language = bundle.getLocale().getLanguage();
    return language.isEmpty() ? "en" : language;
  }

  String shortDescription(Rule rule) {
    return text(rule.id() + ".short");
  }

  String fullDescription(Rule rule) {
    return text(rule.id() + ".full");
  }

  /** The example, as Markdown (code in backticks); {@code —} for a rule without one. */
  String example(Rule rule) {
    return text(rule.id() + ".example");
  }

  String helpText(Rule rule) {
    return fullDescription(rule) + "\n\n" + text("help.example") + ": " + example(rule).replace("`", "") + "\n\n"
        + text("help.more") + ": " + helpUri(rule);
  }

  String helpMarkdown(Rule rule) {
    return fullDescription(rule) + "\n\n**" + text("help.example") + ":** " + example(rule) + "\n\n"
        + text("help.more") + ": [" + rule.id() + "](" + helpUri(rule) + ")";
  }

  /** The rule's row in the README's rule table; the anchor there is {@code rule-} and the id with dashes for dots. */
  static String helpUri(Rule rule) {
    return INFORMATION_URI + "#" + anchor(rule);
  }

  static String anchor(Rule rule) {
    return "rule-" + rule.id().replace('.', '-');
  }

  private String text(String key) {
    String text = bundle.getString(key);
    if (text.indexOf('{') < 0) {
      return text;
    }
    for (Map.Entry<String, String> fact : CONTRACT.entrySet()) {
      text = text.replace(fact.getKey(), fact.getValue());
    }
    return text;
  }
}
