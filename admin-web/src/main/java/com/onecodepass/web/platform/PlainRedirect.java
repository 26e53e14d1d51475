package com.onecodepass.web.platform;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A Faces action's redirect to a page that is not a Faces view (sign-in, the code page: servlets
 * written without the lifecycle), which no navigation outcome can name.
 */
public final class PlainRedirect {

  private PlainRedirect() {}

  /**
   * Redirects to {@code pathAndQuery} under this application and ends the lifecycle.
   *
   * @return null, the outcome that keeps Faces from navigating as well
   */
  public static String to(String pathAndQuery) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + pathAndQuery);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
    return null;
  }
}
