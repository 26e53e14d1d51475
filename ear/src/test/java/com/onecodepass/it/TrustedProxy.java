package com.onecodepass.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/**
 * Names this test's own address (loopback) one of our balancers ({@code ocp.trusted-proxies}) in
 * the running server while open, so a test can speak as the balancer: {@code X-Forwarded-For},
 * {@code X-Forwarded-Proto}.
 */
final class TrustedProxy implements AutoCloseable {

  private static final ModelNode PROPERTY =
      Operations.createAddress("system-property", "ocp.trusted-proxies");

  private final ManagementClient management;

  private TrustedProxy(ManagementClient management) {
    this.management = management;
  }

  static TrustedProxy loopback(ManagementClient management) {
    ModelNode add = Operations.createAddOperation(PROPERTY);
    add.get("value").set("127.0.0.1");
    execute(management, add);
    return new TrustedProxy(management);
  }

  @Override
  public void close() {
    execute(management, Operations.createRemoveOperation(PROPERTY));
  }

  private static void execute(ManagementClient management, ModelNode operation) {
    try {
      ModelNode result = management.getControllerClient().execute(operation);
      if (!Operations.isSuccessfulOutcome(result)) {
        throw new IllegalStateException(Operations.getFailureDescription(result).asString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
