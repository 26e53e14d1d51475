package com.onecodepass.web.api;

import com.onecodepass.web.integration.boundary.IntegrationService;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** The risk areas in force (scope {@code areas:read}). */
@Path("/risk-areas")
public class RiskAreasResource {

  @EJB IntegrationService service;
  @Context HttpServletRequest request;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String areas() {
    return ApiJson.riskAreas(service.riskAreas(Callers.of(request)));
  }
}
