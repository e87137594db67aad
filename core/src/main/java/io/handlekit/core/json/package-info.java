/**
 * The JSON form of the model: {@link io.handlekit.core.json.HandleCodec} reads strict JSON into the records and
 * writes them canonically; {@link io.handlekit.core.json.StrictJson} is the Jackson set-up it reads with.
 */
@NullMarked
package io.handlekit.core.json;

import org.jspecify.annotations.NullMarked;
