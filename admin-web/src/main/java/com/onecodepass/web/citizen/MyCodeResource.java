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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The code page's per-minute refresh: a fresh token and its QR as a small JSON document, so an open
 * code page renews itself without re-rendering the page. Same data as the page, same cache-first
 * path (no database on a warm cache).
 */
@Path("/me/code")
public class MyCodeResource {

  @EJB CodeCard codeCard;
  @EJB Dependants dependants;
  @Inject CitizenSession session;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response refresh(@Context HttpServletRequest request, @QueryParam("for") String forId) {
    if (request.getSession(false) == null || !session.isSignedIn()) {
      return Response.status(Response.Status.UNAUTHORIZED).build();
    }
    Long dependant = ShownCode.dependantAsked(forId, session.getCitizenId(), dependants);
    CodeCardView card = codeCard.show(dependant == null ? session.getCitizenId() : dependant);
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    noStore.setPrivate(true);
    String scanUrl = ScannedLinks.personalCodeUrl(request, card.token());
    return Response.ok(
            new Refresh(
                card.colour().name(),
                card.reasonCategory(),
                scanUrl,
                QrSvg.render(scanUrl, "qr"),
                card.issuedAt().toEpochMilli(),
                card.expiresAt().toEpochMilli()))
        .cacheControl(noStore)
        .build();
  }

  /** What the page script needs; colour or reason changes make it reload the whole page. */
  public record Refresh(
      String colour, String reason, String scanUrl, String qrSvg, long issuedAt, long expiresAt) {}
}
