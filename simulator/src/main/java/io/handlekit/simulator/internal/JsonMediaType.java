package io.handlekit.simulator.internal;

import io.handlekit.core.ContractHeaders;
import java.util.Locale;

/**
 * Whether a Content-Type names JSON as the contract wants it: {@code application/json}, in any letter case, with
 * no parameter but an optional UTF-8 charset (the body must be UTF-8, so another charset is a contradiction).
 */
public final class JsonMediaType {
  private JsonMediaType() {}

  public static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String[] parts = contentType.split(";", -1);
    if (!parts[0].strip().toLowerCase(Locale.ROOT).equals(ContractHeaders.JSON_MEDIA_TYPE)) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      if (parameter.isEmpty()) {
        continue;
      }
      int equals = parameter.indexOf('=');
      if (equals < 0 || !parameter.substring(0, equals).strip().equalsIgnoreCase("charset")) {
        return false;
      }
      String value = parameter.substring(equals + 1).strip();
      if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
        value = value.substring(1, value.length() - 1);
      }
      if (!value.equalsIgnoreCase("utf-8")) {
        return false;
      }
    }
    return true;
  }
}
