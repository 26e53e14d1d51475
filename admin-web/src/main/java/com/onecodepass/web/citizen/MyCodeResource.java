package com.onecodepass.web.citizen;

import com.onecodepass.codeissue.api.citizen.Dependants;
import com.onecodepass.codeissue.api.code.CodeCard;
import com.onecodepass.codeissue.api.code.CodeCardView;
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
import jakarta.ws.rs.core.Response;

/**
 * The code drawn by the server, for browsers without JavaScript (the per-minute refresh is {@link
 * CodeRefreshServlet}).
 */
@Path("/me/code")
public class MyCodeResource {

  @EJB CodeCard codeCard;
  @EJB Dependants dependants;
  @Inject CitizenSession session;

  /**
   * The QR drawn by the server, for browsers without JavaScript only: the code page references it
   * inside {@code <noscript>}, so a browser that runs code.js never asks for it.
   */
  @GET
  @Path("qr")
  @Produces("image/svg+xml")
  public Response qr(@Context HttpServletRequest request, @QueryParam("for") String forId) {
    CodeCardView card = ShownCode.card(session, forId, dependants, codeCard);
    if (card == null) {
      throw CitizenRefused.notSignedIn();
    }
    return Response.ok(QrSvg.render(ScannedLinks.personalCodeUrl(request, card.token()), "qr"))
        .header(HttpHeaders.CACHE_CONTROL, CodeRefreshServlet.NO_STORE)
        .build();
  }
}
