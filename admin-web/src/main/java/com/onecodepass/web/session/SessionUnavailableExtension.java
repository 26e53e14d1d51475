package com.onecodepass.web.session;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.ExceptionHandler;
import io.undertow.servlet.api.LoggingExceptionHandler;
import jakarta.servlet.ServletContext;

/** Puts {@link SessionUnavailable} before the exception handler WildFly configured. */
public class SessionUnavailableExtension implements ServletExtension {

  @Override
  public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
    ExceptionHandler configured = deploymentInfo.getExceptionHandler();
    // Undertow falls back to its logging handler when none is set; keep that for other failures.
    deploymentInfo.setExceptionHandler(
        new SessionUnavailable(configured != null ? configured : LoggingExceptionHandler.DEFAULT));
  }
}
