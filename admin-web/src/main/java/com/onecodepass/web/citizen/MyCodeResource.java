package com.onecodepass.web.citizen;

import com.onecodepass.codeissue.api.CodeCard;
import com.onecodepass.codeissue.api.CodeCardView;
import com.onecodepass.codeissue.api.Dependants;
import com.onecodepass.web.platform.QrSvg;
import com.onecodepass.web.verify.ScannedLinks;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The code page's per-minute refresh: a fresh signed scan URL as a few hundred bytes of JSON, which
 * the page draws as a QR itself (code.js), so an open code page renews without re-rendering the
 * page and the server never draws the QR for it. Same data as the page, same cache-first path (no
 * database on a warm cache).
 */
@Path("/me/code")
public class MyCodeResource {

  /** Never kept by a browser or a proxy: each answer is one citizen's freshly signed code. */
  static final String NO_STORE = "private, no-store";

  @EJB CodeCard codeCard;
  @EJB Dependants dependants;
  @Inject CitizenSession session;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response refresh(@Context HttpServletRequest request, @QueryParam("for") String forId) {
    CodeCardView card = shown(request, forId);
    if (card == null) {
      return Response.status(Response.Status.UNAUTHORIZED).build();
    }
    byte[] body = CodeRefresh.of(card, ScannedLinks.personalCodeUrl(request, card.token())).json();
    // An explicit length lets the server skip compressing a body this small (common.cli).
    return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
        .header(HttpHeaders.CONTENT_LENGTH, body.length)
        .build();
  }

  /**
   * The QR drawn by the server, for browsers without JavaScript only: the code page references it
   * inside {@code <noscript>}, so a browser that runs code.js never asks for it.
   */
  @GET
  @Path("qr")
  @Produces("image/svg+xml")
  public Response qr(@Context HttpServletRequest request, @QueryParam("for") String forId) {
    CodeCardView card = shown(request, forId);
    if (card == null) {
      return Response.status(Response.Status.UNAUTHORIZED).build();
    }
    return Response.ok(QrSvg.render(ScannedLinks.personalCodeUrl(request, card.token()), "qr"))
        .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
        .build();
  }

  /** The signed-in citizen's code, or a dependant's they hold; null when nobody is signed in. */
  private CodeCardView shown(HttpServletRequest request, String forId) {
    if (!session.isSignedIn()) {
      return null;
    }
    Long dependant = ShownCode.dependantAsked(forId, session.getCitizenId(), dependants);
    return codeCard.show(dependant == null ? session.getCitizenId() : dependant);
  }
}
