package com.onecodepass.web.api;

import com.onecodepass.platform.api.ClientAddress;
import com.onecodepass.web.integration.control.TokenVerifier;
import com.onecodepass.web.integration.entity.IntegrationException;
import com.onecodepass.web.integration.entity.Problem;
import com.onecodepass.web.verify.PublicOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Public verification of a scanned code, {@code POST /api/v1/tokens/verify} (operation {@code
 * verifyToken} of the OpenAPI document): the integrators' and checkpoint devices' hot path, so a
 * plain servlet — an exact mapping wins over the REST application's {@code /api/v1/*} — that reads
 * the body with a JSON-P stream ({@link VerifyRequestBody}) and calls the control directly, without
 * JAX-RS dispatch, JSON-B binding or an EJB hop. Its answers are the JAX-RS resource's (three
 * accidents of RESTEasy's aside, see {@link RestNegotiation}): the runtime's refusals, the
 * service's problems, the per-address limit with Retry-After, and a failure below as {@link
 * ProblemMappers.ServiceFailure} answers it. The API's filters (body limit, charset, problem+json
 * for container errors) still run.
 */
@WebServlet({VerifyTokenServlet.PATH, VerifyTokenServlet.PATH + "/"})
public class VerifyTokenServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String PATH = "/api/v1/tokens/verify";

  @Inject transient TokenVerifier verifier;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    RestNegotiation.Body reading = RestNegotiation.admit(request, response, PATH);
    if (reading == null) {
      return;
    }
    String token;
    try {
      byte[] body = request.getInputStream().readAllBytes();
      if (reading == RestNegotiation.Body.TEXT) {
        if (body.length == 0) {
          ProblemJson.send(response, Problem.MALFORMED_REQUEST, null, null, 0);
          return;
        }
        token = new String(body, textCharset(request));
      } else {
        token = VerifyRequestBody.token(body);
      }
    } catch (IOException | VerifyRequestBody.Unreadable e) {
      ProblemJson.sendUnreadable(response, e);
      return;
    }
    byte[] json;
    try {
      json =
          ApiJson.tokenCheck(
              verifier.checkFrom(ClientAddress.of(request), token, PublicOrigin.of(request)));
    } catch (IntegrationException e) {
      ProblemJson.send(response, e.problem(), e.getMessage(), e.field(), e.retryAfterSeconds());
      return;
    } catch (RuntimeException e) {
      ProblemMappers.ServiceFailure.Answer failed = ProblemMappers.ServiceFailure.answer(e);
      ProblemJson.send(response, failed.problem(), failed.detail(), null, failed.retryAfter());
      return;
    }
    response.setContentType("application/json");
    // An explicit length: the answer (~250 B) is then not gzip-compressed (common.cli) and not
    // sent chunked.
    response.setContentLength(json.length);
    response.getOutputStream().write(json);
  }

  private static Charset textCharset(HttpServletRequest request) {
    String declared = MediaType.valueOf(request.getContentType()).getParameters().get("charset");
    return declared == null ? StandardCharsets.UTF_8 : Charset.forName(declared);
  }
}
