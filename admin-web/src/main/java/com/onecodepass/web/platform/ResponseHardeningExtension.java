package com.onecodepass.web.platform;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Puts {@link ResponseHardening} outside this deployment's whole servlet chain (security, filters,
 * error pages), so container-made responses are covered too.
 */
public class ResponseHardeningExtension implements ServletExtension {

  @Override
  public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
    deploymentInfo.addInitialHandlerChainWrapper(ResponseHardening::new);
  }
}
