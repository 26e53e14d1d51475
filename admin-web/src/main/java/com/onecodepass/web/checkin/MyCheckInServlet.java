package com.onecodepass.web.checkin;

import com.onecodepass.triprecord.api.checkin.CheckInReceipt;
import com.onecodepass.triprecord.api.venue.VenueException;
import com.onecodepass.web.api.ProblemJson;
import com.onecodepass.web.api.ProblemMappers;
import com.onecodepass.web.api.RestNegotiation;
import com.onecodepass.web.api.StrictJson;
import com.onecodepass.web.checkin.control.CitizenCheckIn;
import com.onecodepass.web.citizen.CitizenRefused;
import com.onecodepass.web.citizen.CitizenSession;
import com.onecodepass.web.integration.entity.Problem;
import com.onecodepass.web.platform.LanguageFilter;
import com.onecodepass.web.platform.Messages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Check-in for a signed-in citizen's own device, {@code POST /api/v1/me/check-ins}: the same call
 * as the check-in page, as JSON, for a phone that queued a scan while offline ({@code scannedAt})
 * and for every scan at a gate in a surge. A receipt means the rows are committed. JSON only, so a
 * cross-site form cannot post here.
 *
 * <p>A plain servlet, as the refresh and the REST verification are (an exact mapping wins over the
 * REST application's {@code /api/v1/*}): the runtime's refusals come from {@link RestNegotiation}
 * in RESTEasy's order, the body is bound by the same strict JSON-B as before, the answer is written
 * from a fixed template ({@link CheckInAnswer}) and refusals are the problem+json that {@link
 * ProblemMappers} gave them.
 */
@WebServlet({MyCheckInServlet.PATH, MyCheckInServlet.PATH + "/"})
public class MyCheckInServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String PATH = "/api/v1/me/check-ins";

  @Inject transient CitizenCheckIn checkIn;
  @Inject transient CitizenSession session;

  /** {@code venue}: the scanned code or URL; {@code dependants}: ids held by the citizen. */
  public record Request(String venue, List<Long> dependants, Instant scannedAt) {}

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    // A wildcard Content-Type is read as JSON too: the binding decides, as for a JSON one.
    if (RestNegotiation.admit(request, response, PATH) == null) {
      return;
    }
    Request body;
    try {
      byte[] bytes = request.getInputStream().readAllBytes();
      // An empty body is no entity, as RESTEasy's JSON-B reader made of it: a malformed check-in.
      body =
          bytes.length == 0
              ? null
              : StrictJson.strict().fromJson(new ByteArrayInputStream(bytes), Request.class);
    } catch (IOException | RuntimeException e) {
      ProblemJson.sendUnreadable(response, e);
      return;
    }
    List<CheckInReceipt> receipts;
    try {
      receipts = checkIn(body);
    } catch (CitizenRefused e) {
      ProblemJson.send(
          response, e.problem(), text(request, e.messageKey()), null, e.retryAfterSeconds());
      return;
    } catch (VenueException e) {
      ProblemJson.send(response, Problem.CHECK_IN_REFUSED, text(request, e.messageKey()), null, 0);
      return;
    } catch (RuntimeException e) {
      ProblemMappers.ServiceFailure.Answer failed = ProblemMappers.ServiceFailure.answer(e);
      ProblemJson.send(response, failed.problem(), failed.detail(), null, failed.retryAfter());
      return;
    }
    byte[] json = CheckInAnswer.json(receipts);
    response.setContentType("application/json");
    // An explicit length: the answer (~150 B a person) is then neither compressed nor chunked.
    response.setContentLength(json.length);
    response.getOutputStream().write(json);
  }

  private List<CheckInReceipt> checkIn(Request request) {
    if (!session.isSignedIn()) {
      throw CitizenRefused.notSignedIn();
    }
    if (request == null || request.venue() == null || request.venue().isBlank()) {
      throw CitizenRefused.malformed("checkin.malformed");
    }
    return request.scannedAt() != null
        ? List.of(checkIn.queued(session.getCitizenId(), request.venue(), request.scannedAt()))
        : checkIn.together(session.getCitizenId(), request.dependants(), request.venue());
  }

  /** The bundle's text for {@code key} in the language the citizen's pages are shown in. */
  private static String text(HttpServletRequest request, String key) {
    return Messages.text(LanguageFilter.localeOf(request), key);
  }
}
