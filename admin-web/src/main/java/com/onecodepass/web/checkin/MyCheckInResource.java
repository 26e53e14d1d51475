package com.onecodepass.web.checkin;

import com.onecodepass.triprecord.api.checkin.CheckInReceipt;
import com.onecodepass.web.checkin.control.CitizenCheckIn;
import com.onecodepass.web.citizen.CitizenRefused;
import com.onecodepass.web.citizen.CitizenSession;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * Check-in for a signed-in citizen's own device: the same call as the check-in page, as JSON, for a
 * phone that queued a scan while offline ({@code scannedAt}) and for load tests. A receipt means
 * the rows are committed. JSON only, so a cross-site form cannot post here. Refusals are thrown and
 * answered as problem+json by {@code ProblemMappers}.
 */
@Path("/me/check-ins")
public class MyCheckInResource {

  @Inject CitizenCheckIn checkIn;
  @Inject CitizenSession session;

  /** {@code venue}: the scanned code or URL; {@code dependants}: ids held by the citizen. */
  public record Request(String venue, List<Long> dependants, java.time.Instant scannedAt) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response checkIn(Request request) {
    if (!session.isSignedIn()) {
      throw CitizenRefused.notSignedIn();
    }
    if (request == null || request.venue() == null || request.venue().isBlank()) {
      throw CitizenRefused.malformed("checkin.malformed");
    }
    List<CheckInReceipt> receipts =
        request.scannedAt() != null
            ? List.of(checkIn.queued(session.getCitizenId(), request.venue(), request.scannedAt()))
            : checkIn.together(session.getCitizenId(), request.dependants(), request.venue());
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
  }
}
