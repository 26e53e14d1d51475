package com.onecodepass.web.api;

import com.onecodepass.platform.api.ClientAddress;
import com.onecodepass.web.integration.entity.Credentials;
import jakarta.servlet.http.HttpServletRequest;

/** HTTP Basic credentials and the client address of a REST request. */
final class Callers {

  private Callers() {}

  static Credentials of(HttpServletRequest request) {
    return Credentials.fromBasic(request.getHeader("Authorization"), ClientAddress.of(request));
  }
}
