package example;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.handlekit.validator.HandlesValidator;

/**
 * Without the BOM, the validator must fail to load for want of a jackson-annotations class: exits 0 when it does, 1
 * when it loads (then the with-bom project no longer proves anything, and this one says so).
 */
public final class ExpectTheJacksonMismatch {
  public static void main(String[] args) {
    System.out.println("jackson-databind " + jarOf(ObjectMapper.class) + ", jackson-annotations " + jarOf(JsonProperty.class));
    try {
      HandlesValidator.create().validateRequest("{}");
    } catch (LinkageError e) {
      String chain = describe(e);
      if (chain.contains("JsonSerializeAs")) {
        System.out.println("FAILS AS EXPECTED without the BOM: " + chain);
        return;
      }
      System.out.println("FAILED: another linkage error than the expected one: " + chain);
      System.exit(1);
    }
    System.out.println("FAILED: the validator loaded without the BOM; the with-bom project no longer proves the BOM");
    System.exit(1);
  }

  private static String describe(Throwable e) {
    StringBuilder chain = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      chain.append(chain.length() == 0 ? "" : " <- ").append(t);
    }
    return chain.toString();
  }

  private static String jarOf(Class<?> type) {
    String path = type.getProtectionDomain().getCodeSource().getLocation().getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
