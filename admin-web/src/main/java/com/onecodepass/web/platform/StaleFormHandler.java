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
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A postback whose view state is missing, made up, expired or from another session is a stale or
 * forged form, not a server fault: it is answered 400 with the bilingual "page expired" page and
 * nothing runs. (The servlet error-page route for the exception would answer 500.)
 */
public class StaleFormHandler extends ExceptionHandlerWrapper {

  static final String PAGE = "/WEB-INF/errors/expired.html";
  private static final Logger LOG = Logger.getLogger(StaleFormHandler.class.getName());

  public StaleFormHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        events.hasNext(); ) {
      Throwable thrown = events.next().getContext().getException();
      if (isStaleForm(thrown) && !faces.getExternalContext().isResponseCommitted()) {
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
