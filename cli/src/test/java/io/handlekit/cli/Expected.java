package io.handlekit.cli;

/** One violation a test expects: the rule id, the severity label, and the JSON Pointer ({@code null} for none). */
record Expected(String rule, String severity, String pointer) {
  static Expected error(String rule, String pointer) {
    return new Expected(rule, "error", pointer);
  }

  static Expected warning(String rule, String pointer) {
    return new Expected(rule, "warning", pointer);
  }

  static Expected info(String rule, String pointer) {
    return new Expected(rule, "info", pointer);
  }
}
