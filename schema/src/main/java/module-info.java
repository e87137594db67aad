/**
 * The JSON Schemas (draft-07) of {@code POST /handles} and {@link io.handlekit.schema.HandleSchema}, which loads them.
 */
module io.handlekit.schema {
  requires static org.jspecify;

  exports io.handlekit.schema;

  // The schema files are published documents: HandleSchema reads them through the class loader, and other JSON
  // Schema tools (the benchmarks' peer validator, a user's own) read them by resource path. Opening the resource
  // package makes them readable from outside the module; it holds no classes.
  opens io.handlekit.schema.v1;
}
