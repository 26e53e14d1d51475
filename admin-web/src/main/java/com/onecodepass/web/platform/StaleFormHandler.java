package com.onecodepass.web.platform;

import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.render.ResponseStateManager;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A postback whose view state is missing, made up, expired or from another session is a stale or
 * forged form, not a server fault: it is answered 400 with the bilingual "page expired" page and
 * nothing runs. (The servlet error-page route for the exception would answer 500.) That includes
 * the view state {@code stateless} posted to a page that keeps state: Mojarra then fails the
 * restore with a plain FacesException rather than a ViewExpiredException.
 */
public class StaleFormHandler extends ExceptionHandlerWrapper {

  static final String PAGE = "/WEB-INF/errors/expired.html";
  private static final String STATELESS = "stateless";
  private static final Logger LOG = Logger.getLogger(StaleFormHandler.class.getName());

  public StaleFormHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        events.hasNext(); ) {
      ExceptionQueuedEventContext event = events.next().getContext();
      boolean stale =
          isStaleForm(event.getException())
              || (PhaseId.RESTORE_VIEW.equals(event.getPhaseId()) && claimsStateless(faces));
      if (stale && !faces.getExternalContext().isResponseCommitted()) {
        events.remove();
        answer(faces);
      }
    }
    super.handle();
  }

  static boolean isStaleForm(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ViewExpiredException || t instanceof ProtectedViewException) {
        return true;
      }
    }
    return false;
  }

  /** The marker Faces writes as the view state of a transient (stateless) view. */
  static boolean claimsStateless(FacesContext faces) {
    return STATELESS.equals(
        faces
            .getExternalContext()
            .getRequestParameterMap()
            .get(ResponseStateManager.VIEW_STATE_PARAM));
  }

  private static void answer(FacesContext faces) {
    ExternalContext external = faces.getExternalContext();
    LOG.fine(() -> "stale or forged form post to " + external.getRequestServletPath());
    try {
      external.responseReset();
      if (faces.getPartialViewContext().isAjaxRequest()) {
        // A Faces/PrimeFaces Ajax call expects a partial response: send the browser to a fresh
        // copy of the page it is on.
        String again = external.getRequestContextPath() + external.getRequestServletPath();
        external.redirect(again);
      } else {
        external.setResponseStatus(400);
        external.setResponseContentType("text/html;charset=UTF-8");
        try (InputStream page = external.getResourceAsStream(PAGE)) {
          page.transferTo(external.getResponseOutputStream());
        }
      }
    } catch (IOException e) {
      throw new FacesException(e);
    } finally {
      faces.responseComplete();
    }
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new StaleFormHandler(getWrapped().getExceptionHandler());
    }
  }
}
