package com.onecodepass.web.integration.boundary;

import com.onecodepass.web.integration.control.ApiClientRows;
import com.onecodepass.web.integration.control.ClientAuthenticator;
import com.onecodepass.web.integration.entity.ApiClientView;
import com.onecodepass.web.integration.entity.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.mindrot.jbcrypt.BCrypt;

/**
 * The city admin's management of integrator clients. A secret is generated here, shown once and
 * stored only as bcrypt; rotating replaces it at once (other nodes within 30 s).
 */
@Stateless
@RolesAllowed("CITY_ADMIN")
public class ClientAdministration {

  public static final Pattern CLIENT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,39}");

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject ApiClientRows rows;
  @Inject ClientAuthenticator authenticator;

  public List<ApiClientView> all() {
    return rows.all();
  }

  /**
   * @return the new client's secret, to be shown once
   * @throws IllegalArgumentException bad id (the message is a bundle key)
   */
  public String create(String clientId, String displayName, Set<Scope> scopes, int perSecond) {
    if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
      throw new IllegalArgumentException("clients.badId");
    }
    if (displayName == null || displayName.isBlank() || displayName.length() > 80) {
      throw new IllegalArgumentException("clients.badName");
    }
    String secret = newSecret();
    boolean inserted =
        rows.insertIfAbsent(
            clientId,
            BCrypt.hashpw(secret, BCrypt.gensalt(10)),
            displayName.strip(),
            Scope.format(scopes),
            clamp(perSecond));
    if (!inserted) {
      throw new IllegalArgumentException("clients.exists");
    }
    return secret;
  }

  /**
   * @return the new secret, to be shown once; the old one stops working.
   */
  public String rotateSecret(String clientId) {
    String secret = newSecret();
    rows.replaceSecret(clientId, BCrypt.hashpw(secret, BCrypt.gensalt(10)));
    authenticator.forget(clientId);
    return secret;
  }

  public void setEnabled(String clientId, boolean enabled) {
    rows.setEnabled(clientId, enabled);
    authenticator.forget(clientId);
  }

  public void setScopes(String clientId, Set<Scope> scopes, int perSecond) {
    rows.setScopes(clientId, Scope.format(scopes), clamp(perSecond));
    authenticator.forget(clientId);
  }

  private static int clamp(int perSecond) {
    return Math.max(1, Math.min(perSecond, 10_000));
  }

  private static String newSecret() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
