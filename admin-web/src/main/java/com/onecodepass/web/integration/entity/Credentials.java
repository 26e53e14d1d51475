package com.onecodepass.web.integration.entity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What a request presented: the client id and secret from HTTP Basic (REST and SOAP alike), and the
 * address it came from (for per-address limits and the audit). Either part may be absent.
 */
public record Credentials(String clientId, String secret, String address) {

  public static Credentials fromBasic(String authorization, String address) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return new Credentials(null, null, address);
    }
    try {
      String pair =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).trim()),
              StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      if (colon <= 0) {
        return new Credentials(null, null, address);
      }
      return new Credentials(pair.substring(0, colon), pair.substring(colon + 1), address);
    } catch (IllegalArgumentException notBase64) {
      return new Credentials(null, null, address);
    }
  }

  public boolean present() {
    return clientId != null && secret != null;
  }

  @Override
  public String toString() {
    return "Credentials[" + clientId + " from " + address + "]";
  }
}
