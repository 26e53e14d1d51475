package com.onecodepass.web.api;

import com.onecodepass.triprecord.api.venue.VenueException;
import com.onecodepass.web.citizen.CitizenRefused;
import com.onecodepass.web.integration.entity.IntegrationException;
import com.onecodepass.web.integration.entity.Problem;
import com.onecodepass.web.platform.LanguageFilter;
import com.onecodepass.web.platform.Messages;
import com.onecodepass.web.surge.DatabaseOutage;
import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.resteasy.spi.Failure;

/** Every REST refusal becomes problem+json here, and nowhere else. */
public final class ProblemMappers {

  private ProblemMappers() {}

  /** The service layer's refusals (auth, scope, limits, validation, idempotency). */
  @Provider
  public static class Integration implements ExceptionMapper<IntegrationException> {
    @Override
    public Response toResponse(IntegrationException e) {
      return ProblemJson.response(e.problem(), e.getMessage(), e.field(), e.retryAfterSeconds());
    }
  }

  /**
   * The citizen's own endpoints refused by the web layer (not signed in, no venue, the daily
   * check-in limit). The detail is for the person holding the phone, so it is in their language.
   */
  @Provider
  public static class Citizen implements ExceptionMapper<CitizenRefused> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(CitizenRefused e) {
      return ProblemJson.response(
          e.problem(), text(request, e.messageKey()), null, e.retryAfterSeconds());
    }
  }

  /** A venue code the trip-record module did not accept for a check-in ({@code checkin.*}). */
  @Provider
  public static class Venue implements ExceptionMapper<VenueException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(VenueException e) {
      return ProblemJson.response(Problem.CHECK_IN_REFUSED, text(request, e.messageKey()), null, 0);
    }
  }

  /** The bundle's text for {@code key} in the language the citizen's pages are shown in. */
  private static String text(HttpServletRequest request, String key) {
    return Messages.text(LanguageFilter.localeOf(request), key);
  }

  /** Unreadable bodies: malformed or non-strict JSON, or a body cut off at the size limit. */
  @Provider
  public static class Unreadable implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof BodyLimitFilter.BodyTooLarge) {
          return ProblemJson.response(Problem.PAYLOAD_TOO_LARGE, null, null, 0);
        }
      }
      return ProblemJson.response(Problem.MALFORMED_REQUEST, ProblemJson.UNREADABLE, null, 0);
    }
  }

  /** What the JAX-RS runtime refuses itself: unknown path, wrong method or media type. */
  @Provider
  public static class Http implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      return ProblemJson.response(Problem.ofStatus(e.getResponse().getStatus()), null, null, 0);
    }
  }

  /**
   * What RESTEasy refuses inside its pipeline with its own {@link Failure}, not a
   * WebApplicationException — e.g. an Accept with a q parameter that is not a number (found by
   * HostileInputIT). Its status is the caller's error; the answer is problem+json like every other
   * refusal. (Headers it cannot parse at all are refused before the pipeline: ProblemErrorsFilter.)
   */
  @Provider
  public static class RuntimeRefusal implements ExceptionMapper<Failure> {
    @Override
    public Response toResponse(Failure e) {
      int status = e.getErrorCode();
      if (status <= 0 && e.getResponse() != null) {
        status = e.getResponse().getStatus();
      }
      return status >= 400 && status < 500
          ? ProblemJson.response(Problem.ofStatus(status), null, null, 0)
          : ProblemJson.response(Problem.INTERNAL_ERROR, null, null, 0);
    }
  }

  /**
   * A failure inside an EJB: when the database is unreachable the client learns at once that it
   * must retry, and when. Before a commit nothing was recorded; when the connection broke during
   * the commit the outcome is unknown, and the detail says so — a retry is still safe for a
   * check-in (one row per citizen, venue and 5-minute visit) and for requests with an
   * Idempotency-Key. Anything else is a terse 500 without a stack trace.
   */
  @Provider
  public static class ServiceFailure implements ExceptionMapper<EJBException> {
    private static final Logger LOG = Logger.getLogger(ServiceFailure.class.getName());

    @Override
    public Response toResponse(EJBException e) {
      Answer answer = answer(e);
      return ProblemJson.response(answer.problem(), answer.detail(), null, answer.retryAfter());
    }

    /** The problem a service failure is answered with (also for servlets that serve the API). */
    public static Answer answer(RuntimeException e) {
      if (DatabaseOutage.causedBy(e)) {
        return new Answer(
            Problem.STORAGE_UNAVAILABLE,
            DatabaseOutage.duringCommit(e)
                ? "the database connection broke while this was being committed, so it may or may"
                    + " not have been recorded; retry the same request (a check-in, or a request"
                    + " with an Idempotency-Key, is never recorded twice)"
                : "the database is unreachable; nothing was recorded, retry",
            5);
      }
      // The caller sees a terse 500; the operator needs the whole chain to tell a new kind of
      // outage from a bug (the drills' 500s were found this way).
      LOG.log(Level.SEVERE, "answered 500 internal-error for a service failure", e);
      return new Answer(Problem.INTERNAL_ERROR, null, 0);
    }

    public record Answer(Problem problem, String detail, long retryAfter) {}
  }
}
