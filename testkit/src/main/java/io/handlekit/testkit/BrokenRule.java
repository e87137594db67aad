package io.handlekit.testkit;

import org.quicktheories.core.Gen;

/**
 * One named way of breaking one rule, a stratum of its own: every way gets tried in every run.
 *
 * @param name what the change does, e.g. {@code "invitedXuid zero"}
 * @param ruleId the id of the rule every body of {@link #bodies()} breaks, as the validator's {@code Rule.id()} names it
 * @param rejectedByServers whether a server must reject these bodies (4xx); false only for bodies outside the
 *     contract that real servers may accept, which a validator reports but a conformance suite never asserts on
 *     (the {@code transfer} and {@code search} handle types)
 * @param bodies the bodies, each made from a generated valid body with this one change
 */
public record BrokenRule(String name, String ruleId, boolean rejectedByServers, Gen<BrokenBody> bodies) {
  @Override
  public String toString() {
    return name + " (" + ruleId + ")";
  }
}
