package io.handlekit.spark.internal;

import io.handlekit.spark.LintSettings;
import io.handlekit.validator.HandlesValidator;
import java.io.Serializable;

/**
 * The settings that travel to the executors, and the validator built from them there, once per JVM.
 *
 * <p>A job broadcasts one holder. Spark deserializes a broadcast value once per executor JVM and hands that same
 * object to every task of the job on that executor (it keeps it in the block manager), so the validator built
 * lazily here is built once per executor and shared by its task threads, which {@link HandlesValidator} allows: it is
 * immutable and thread-safe. The validator is {@code transient}: only the settings are ever serialized. This needs
 * no static state: Spark's broadcast cache is the per-JVM scope.
 */
public final class ValidatorHolder implements Serializable {
  private static final long serialVersionUID = 1L;

  private final LintSettings settings;
  private transient volatile HandlesValidator validator;

  public ValidatorHolder(LintSettings settings) {
    this.settings = settings;
  }

  public LintSettings settings() {
    return settings;
  }

  /** The validator, built on first use in this JVM. */
  public HandlesValidator validator() {
    HandlesValidator built = validator;
    if (built == null) {
      synchronized (this) {
        built = validator;
        if (built == null) {
          built = settings.toValidator();
          validator = built;
        }
      }
    }
    return built;
  }
}
