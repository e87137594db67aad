package io.handlekit.validator.internal;

/** Builds RFC 6901 JSON Pointers. */
final class JsonPointers {
  private JsonPointers() {}

  /** {@code parent} with one more reference token, escaped ({@code ~} as {@code ~0}, {@code /} as {@code ~1}). */
  static String child(String parent, String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return parent + "/" + name;
    }
    return parent + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  static String child(String parent, int index) {
    return parent + "/" + index;
  }
}
