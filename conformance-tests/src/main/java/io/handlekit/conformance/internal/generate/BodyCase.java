package io.handlekit.conformance.internal.generate;

import io.handlekit.conformance.LabelledBody;
import org.quicktheories.core.Gen;

/**
 * One named way of breaking one rule: a stratum of its own, so that every way gets tried in every run.
 *
 * <p>Internal: public only because {@code HandleBodies} and the checks use it; not API.
 */
public record BodyCase(String name, String ruleId, Gen<LabelledBody> bodies) {}
