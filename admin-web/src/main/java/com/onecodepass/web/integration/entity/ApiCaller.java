package com.onecodepass.web.integration.entity;

import java.util.Set;

/** An authenticated integrator client. */
public record ApiCaller(String clientId, Set<Scope> scopes, int requestsPerSecond, String address) {

  public boolean may(Scope scope) {
    return scopes.contains(scope);
  }
}
