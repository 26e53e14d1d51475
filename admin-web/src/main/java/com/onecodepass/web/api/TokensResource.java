package com.onecodepass.web.api;

import com.onecodepass.web.integration.boundary.IntegrationService;
import com.onecodepass.web.verify.PublicOrigin;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Public verification of a scanned code (token or full URL); rate-limited per address. A URL to a
 * host that is not ours is flagged ({@code foreignLink}).
 */
@Path("/tokens")
public class TokensResource {

  /** The body: {@code {"token": "..."}}. */
  public record VerifyRequest(String token) {}

  @EJB IntegrationService service;
  @Context HttpServletRequest request;

  @POST
  @Path("/verify")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response verify(VerifyRequest body) {
    byte[] json =
        ApiJson.tokenCheck(
            service.verifyToken(
                Callers.of(request), body == null ? null : body.token(), PublicOrigin.of(request)));
    // An explicit length: the answer (~250 B) is then not gzip-compressed (common.cli) and not
    // sent chunked.
    return Response.ok(json, MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.CONTENT_LENGTH, json.length)
        .build();
  }
}
