/**
 * The JSON form of the model: {@link io.handlekit.core.json.HandleCodec} reads strict JSON into the records and
 * writes them canonically; {@link io.handlekit.core.json.StrictJson} is the Jackson set-up it reads with.
 * {@link io.handlekit.core.json.JournalEntry} is a line of the simulator's request journal, the format's one home:
 * the simulator writes it, lint reads it.
 */
@NullMarked
package io.handlekit.core.json;

import org.jspecify.annotations.NullMarked;
