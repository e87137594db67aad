package io.handlekit.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One local SparkSession for all the module's tests (starting one takes seconds): kept in the root store of the
 * test run and stopped when the run ends. Tests take it as a parameter.
 */
public final class SharedSpark implements ParameterResolver {
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == SparkSession.class;
  }

  @Override
  public SparkSession resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(LocalSpark.class, key -> new LocalSpark(), LocalSpark.class).spark;
  }

  private static final class LocalSpark implements AutoCloseable {
    final SparkSession spark = SparkSession.builder()
        .master("local[2]")
        .appName("handlekit-spark tests")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();

    @Override
    public void close() {
      spark.stop();
    }
  }
}
