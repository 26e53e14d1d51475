package com.onecodepass.web.surge;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Puts {@link AdmissionHandler} in front of this deployment's servlet chain as an initial handler:
 * it runs on the I/O thread, before Undertow dispatches the request to a worker thread.
 */
public class AdmissionExtension implements ServletExtension {

  @Override
  public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
    deploymentInfo.addInitialHandlerChainWrapper(
        next -> new AdmissionHandler(next, Admission.node()));
  }
}
