package com.onecodepass.web.api;

import com.onecodepass.web.integration.boundary.IntegrationService;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * A person's code colour by resident ID (scope {@code code:read}). POST, so that the ID number
 * travels in the body and never lands in URLs, access logs or proxies' caches.
 */
@Path("/code-status")
public class CodeStatusResource {

  /** The body: {@code {"residentId": "..."}}. */
  public record StatusRequest(String residentId) {}

  @EJB IntegrationService service;
  @Context HttpServletRequest request;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public String status(StatusRequest body) {
    return ApiJson.codeStatus(
        service.codeStatus(Callers.of(request), body == null ? null : body.residentId()));
  }
}
