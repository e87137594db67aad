/** Not API: how the lint runs on Spark (numbering lines, linting partitions, the per-executor validator). */
@NullMarked
package io.handlekit.spark.internal;

import org.jspecify.annotations.NullMarked;
