package com.onecodepass.web.citizen;

import com.onecodepass.codeissue.api.citizen.Dependants;
import com.onecodepass.codeissue.api.code.CodeCard;
import com.onecodepass.codeissue.api.code.CodeCardView;
import com.onecodepass.web.api.ProblemJson;
import com.onecodepass.web.platform.LanguageFilter;
import com.onecodepass.web.platform.Messages;
import com.onecodepass.web.platform.ReadOnlyServlet;
import com.onecodepass.web.verify.ScannedLinks;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The code page's per-minute refresh, {@code GET /api/v1/me/code}: a fresh signed scan URL as a few
 * hundred bytes of JSON ({@link CodeRefresh}), which the page draws as a QR itself (code.js). The
 * busiest endpoint of all (every open code, every minute), so a plain servlet — an exact mapping
 * wins over the REST application's {@code /api/v1/*} — with the same data and cache-first path as
 * the page (no database on a warm cache), no JAX-RS dispatch.
 */
@WebServlet("/api/v1/me/code")
public class CodeRefreshServlet extends ReadOnlyServlet {

  private static final long serialVersionUID = 1L;

  /** Never kept by a browser or a proxy: each answer is one citizen's freshly signed code. */
  static final String NO_STORE = "private, no-store";

  @EJB transient CodeCard codeCard;
  @EJB transient Dependants dependants;
  @Inject transient CitizenSession session;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", NO_STORE);
    CodeCardView card = ShownCode.card(session, request.getParameter("for"), dependants, codeCard);
    if (card == null) {
      // Not signed in: the same problem+json as MyCodeResource's refusal (ProblemMappers.Citizen).
      CitizenRefused refused = CitizenRefused.notSignedIn();
      ProblemJson.send(
          response,
          refused.problem(),
          Messages.text(LanguageFilter.localeOf(request), refused.messageKey()),
          null,
          0);
      return;
    }
    byte[] body = CodeRefresh.of(card, ScannedLinks.personalCodeUrl(request, card.token())).json();
    response.setContentType("application/json");
    // An explicit length lets the server skip compressing a body this small (common.cli).
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
