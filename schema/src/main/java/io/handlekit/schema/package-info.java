/**
 * The JSON Schemas (draft-07) of POST /handles: {@link io.handlekit.schema.HandleSchema} names each file
 * and opens it from the classpath. The files themselves are usable from any language.
 */
@NullMarked
package io.handlekit.schema;

import org.jspecify.annotations.NullMarked;
