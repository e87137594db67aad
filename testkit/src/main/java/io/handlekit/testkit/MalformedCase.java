package io.handlekit.testkit;

import org.quicktheories.core.Gen;

/**
 * One named way of making a body that is not one strict JSON object in UTF-8, breaking one rule.
 *
 * @param name what is wrong, e.g. {@code "trailing comma"}
 * @param ruleId the id of the rule every body of {@link #bodies()} breaks, as the validator's {@code Rule.id()} names it
 * @param rejectedByServers whether a server must reject these bodies (4xx); false for a byte order mark, which a
 *     validator reports but a server may ignore (RFC 8259 8.1)
 * @param bodies the bodies
 */
public record MalformedCase(String name, String ruleId, boolean rejectedByServers, Gen<MalformedBody> bodies) {
  @Override
  public String toString() {
    return name + " (" + ruleId + ")";
  }
}
