package com.onecodepass.web.api;

import com.onecodepass.codeissue.api.code.CodeVerification;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/** The public verification keys (JWKS): no authentication, cacheable by any CDN or verifier. */
@Path("/keys")
public class KeysResource {

  @EJB CodeVerification verification;

  @GET
  @Produces("application/jwk-set+json")
  public Response keys() {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(300);
    cache.setPrivate(false);
    return Response.ok(verification.publicKeysJwks()).cacheControl(cache).build();
  }
}
