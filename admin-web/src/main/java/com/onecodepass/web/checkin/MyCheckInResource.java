package com.onecodepass.web.checkin;

import com.onecodepass.triprecord.api.CheckInReceipt;
import com.onecodepass.triprecord.api.CheckIns;
import com.onecodepass.triprecord.api.VenueException;
import com.onecodepass.web.citizen.CitizenSession;
import com.onecodepass.web.surge.SharedLimits;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * Check-in for a signed-in citizen's own device: the same module call as the check-in page, as
 * JSON, for a phone that queued a scan while offline ({@code scannedAt}) and for load tests. A
 * receipt means the rows are committed. JSON only, so a cross-site form cannot post here.
 */
@Path("/me/check-ins")
public class MyCheckInResource {

  @EJB CheckIns checkIns;
  @Inject CitizenSession session;
  @Inject SharedLimits limits;

  /** {@code venue}: the scanned code or URL; {@code dependants}: ids held by the citizen. */
  public record Request(String venue, List<Long> dependants, java.time.Instant scannedAt) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response checkIn(Request request, @Context HttpServletRequest http) {
    if (!session.isSignedIn()) {
      return Response.status(Response.Status.UNAUTHORIZED).build();
    }
    if (request == null || request.venue() == null || request.venue().isBlank()) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(Map.of("error", "checkin.malformed"))
          .build();
    }
    int people =
        request.scannedAt() != null || request.dependants() == null
            ? 1
            : 1 + request.dependants().size();
    long retryAfter = limits.checkInsToday(session.getCitizenId(), people);
    if (retryAfter > 0) {
      return Response.status(429)
          .header("Retry-After", retryAfter)
          .entity(Map.of("error", "surge.tooManyCheckIns"))
          .build();
    }
    try {
      List<CheckInReceipt> receipts =
          request.scannedAt() != null
              ? List.of(
                  checkIns.checkInAt(session.getCitizenId(), request.venue(), request.scannedAt()))
              : checkIns.checkInTogether(
                  session.getCitizenId(), request.dependants(), request.venue());
      return Response.ok(
              receipts.stream()
                  .map(
                      r ->
                          Map.of(
                              "checkInId", r.checkInId(),
                              "maskedName", r.maskedName() == null ? "" : r.maskedName(),
                              "colour", r.colour(),
                              "checkedInAt", r.checkedInAt().toString(),
                              "venue", r.venue().name(),
                              "repeated", r.repeated()))
                  .toList())
          .build();
    } catch (VenueException e) {
      return Response.status(422).entity(Map.of("error", e.messageKey())).build();
    }
  }
}
