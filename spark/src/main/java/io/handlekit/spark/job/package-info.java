/** Not API: the {@code spark-submit} job, {@link io.handlekit.spark.job.Main}, and its options. */
@NullMarked
package io.handlekit.spark.job;

import org.jspecify.annotations.NullMarked;
