/**
 * The JSON Schemas (draft-07) of POST /handles: {@link io.handlekit.schema.HandleSchema} names each file
 * and opens it from the classpath. The files themselves are usable from any language, and
 * {@link io.handlekit.schema.HandleSchema#openApi()} assembles the OpenAPI 3.1 document of the endpoint from them.
 */
@NullMarked
package io.handlekit.schema;

import org.jspecify.annotations.NullMarked;
