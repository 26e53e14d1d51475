package com.onecodepass.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** JSON-B for the API: unknown properties are an error, not silently dropped. */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

  private static final Jsonb STRICT =
      JsonbBuilder.create(new JsonbConfig().setProperty("jsonb.fail-on-unknown-properties", true));

  /** The one strict binding, for a servlet that reads a body without JAX-RS. */
  public static Jsonb strict() {
    return STRICT;
  }

  @Override
  public Jsonb getContext(Class<?> type) {
    return STRICT;
  }
}
