package com.onecodepass.web.api;

import com.onecodepass.web.integration.entity.Problem;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** RFC 9457 problem details, the one error body of the REST API. */
public final class ProblemJson {

  public static final String MEDIA_TYPE = "application/problem+json";

  private ProblemJson() {}

  public static String body(Problem problem, String detail, String field) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("type", problem.type())
            .add("title", problem.title())
            .add("status", problem.status())
            .add("code", problem.code());
    if (detail != null) {
      json.add("detail", detail);
    }
    if (field != null) {
      json.add("field", field);
    }
    return json.build().toString();
  }

  public static Response response(Problem problem, String detail, String field, long retryAfter) {
    Response.ResponseBuilder response =
        Response.status(problem.status()).type(MEDIA_TYPE).entity(body(problem, detail, field));
    if (retryAfter > 0) {
      response.header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
    }
    if (problem == Problem.UNAUTHORIZED) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"One Code Pass API\"");
    }
    return response.build();
  }

  /**
   * The same answer as {@link #response}, written by a servlet that serves an API path without
   * JAX-RS. Sent with its length: a body this small is then neither compressed nor chunked.
   */
  public static void send(
      HttpServletResponse response, Problem problem, String detail, String field, long retryAfter)
      throws IOException {
    byte[] body = body(problem, detail, field).getBytes(StandardCharsets.UTF_8);
    response.setStatus(problem.status());
    response.setContentType(MEDIA_TYPE);
    if (retryAfter > 0) {
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
    }
    if (problem == Problem.UNAUTHORIZED) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"One Code Pass API\"");
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /**
   * A body a servlet serving the API could not read, answered as {@link ProblemMappers.Unreadable}
   * answers it for JAX-RS: 413 when it was cut off at the size limit, else 400.
   */
  public static void sendUnreadable(HttpServletResponse response, Throwable cause)
      throws IOException {
    if (cause instanceof BodyLimitFilter.BodyTooLarge) {
      send(response, Problem.PAYLOAD_TOO_LARGE, null, null, 0);
    } else {
      send(response, Problem.MALFORMED_REQUEST, UNREADABLE, null, 0);
    }
  }

  static final String UNREADABLE = "the body is not valid JSON for this operation";
}
