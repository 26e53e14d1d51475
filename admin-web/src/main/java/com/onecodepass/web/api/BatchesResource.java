package com.onecodepass.web.api;

import com.onecodepass.web.integration.boundary.IntegrationService;
import com.onecodepass.web.integration.control.ReceiptJson;
import com.onecodepass.web.integration.entity.BatchFields;
import com.onecodepass.web.integration.entity.TestResultItem;
import com.onecodepass.web.integration.entity.TripItem;
import com.onecodepass.web.integration.entity.VaccinationItem;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The batch uploads of labs, vaccination sites and transit operators. Each needs an {@code
 * Idempotency-Key} header; the answer lists every item as accepted or rejected with a reason.
 */
@Path("/")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BatchesResource {

  public record TestResults(List<TestResultItem> results) {}

  public record Vaccinations(List<VaccinationItem> vaccinations) {}

  public record TransitTrips(List<TripItem> trips) {}

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private static final BatchFields RESULTS = new BatchFields(IDEMPOTENCY_KEY, "results");
  private static final BatchFields VACCINATIONS = new BatchFields(IDEMPOTENCY_KEY, "vaccinations");
  private static final BatchFields TRIPS = new BatchFields(IDEMPOTENCY_KEY, "trips");

  @EJB IntegrationService service;
  @Context HttpServletRequest request;

  @POST
  @Path("test-results")
  public String testResults(@HeaderParam(IDEMPOTENCY_KEY) String key, TestResults body) {
    return ReceiptJson.write(
        service.submitTestResults(
            Callers.of(request), RESULTS, key, body == null ? null : body.results()));
  }

  @POST
  @Path("vaccinations")
  public String vaccinations(@HeaderParam(IDEMPOTENCY_KEY) String key, Vaccinations body) {
    return ReceiptJson.write(
        service.submitVaccinations(
            Callers.of(request), VACCINATIONS, key, body == null ? null : body.vaccinations()));
  }

  @POST
  @Path("transit-trips")
  public String transitTrips(@HeaderParam(IDEMPOTENCY_KEY) String key, TransitTrips body) {
    return ReceiptJson.write(
        service.submitTrips(Callers.of(request), TRIPS, key, body == null ? null : body.trips()));
  }
}
