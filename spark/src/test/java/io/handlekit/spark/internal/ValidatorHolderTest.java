package io.handlekit.spark.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.handlekit.spark.LintSettings;
import io.handlekit.spark.SharedSpark;
import io.handlekit.validator.Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Only the settings travel; each JVM builds one validator from them and its tasks share it. */
@ExtendWith(SharedSpark.class)
class ValidatorHolderTest {
  @Test
  void theSettingsTravelAndTheValidatorIsBuiltAgainOnTheOtherSide() throws Exception {
    LintSettings settings = LintSettings.builder().profile(Profile.LENIENT).locale(Locale.KOREAN)
        .ignore("property.unknown").build();
    ValidatorHolder holder = new ValidatorHolder(settings);
    var built = holder.validator();
    assertSame(built, holder.validator());

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(holder);
    }
    ValidatorHolder copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (ValidatorHolder) in.readObject();
    }
    assertEquals(settings, copy.settings());
    assertNotSame(built, copy.validator());
    assertEquals(Profile.LENIENT, copy.validator().profile());
    assertEquals(Locale.KOREAN, copy.validator().locale());
  }

  @Test
  void everyTaskOfAJobInOneJvmUsesTheSameValidator(SparkSession spark) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<ValidatorHolder> holder = context.broadcast(new ValidatorHolder(LintSettings.defaults()));
    List<Integer> validators = context.parallelize(IntStream.range(0, 64).boxed().toList(), 8)
        .map(i -> System.identityHashCode(holder.value().validator()))
        .distinct().collect();
    assertEquals(1, validators.size(), validators.toString());
    holder.destroy();
  }
}
