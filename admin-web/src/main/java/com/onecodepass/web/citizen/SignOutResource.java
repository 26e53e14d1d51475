package com.onecodepass.web.citizen;

import com.onecodepass.web.citizen.credential.CitizenCredentials;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Citizen sign-out: the credential's id goes on the replicated deny-list, so the cookie is refused
 * on every node even if replayed; {@code ?everywhere=true} refuses every earlier sign-in of the
 * citizen too (a lost phone). A plain form post, answered with a redirect to the sign-in page.
 */
@Path("/me/sign-out")
public class SignOutResource {

  @Inject CitizenCredentials credentials;

  @POST
  public Response signOut(
      @Context HttpServletRequest request,
      @Context HttpServletResponse response,
      @QueryParam("everywhere") boolean everywhere) {
    credentials.signOut(request, response, everywhere);
    return Response.seeOther(URI.create(request.getContextPath() + "/signin.xhtml")).build();
  }
}
