package com.onecodepass.web.integration.boundary;

import com.onecodepass.web.integration.control.ClientAuthenticator;
import com.onecodepass.web.integration.entity.ApiClientView;
import com.onecodepass.web.integration.entity.Scope;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
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

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  @Inject ClientAuthenticator authenticator;

  public List<ApiClientView> all() {
    List<ApiClientView> clients = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT client_id, display_name, scopes, requests_per_second, enabled,"
                    + " created_at, secret_rotated_at FROM api_client ORDER BY client_id");
        ResultSet r = select.executeQuery()) {
      while (r.next()) {
        Timestamp rotated = r.getTimestamp(7);
        clients.add(
            new ApiClientView(
                r.getString(1),
                r.getString(2),
                r.getString(3),
                r.getInt(4),
                r.getBoolean(5),
                r.getTimestamp(6).toInstant(),
                rotated == null ? null : rotated.toInstant()));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list api_client", e);
    }
    return clients;
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
    int inserted =
        update(
            "INSERT INTO api_client (client_id, secret_hash, display_name, scopes, enabled,"
                + " created_at, requests_per_second) SELECT ?, ?, ?, ?, TRUE, ?, ? FROM (SELECT 1"
                + " AS one) AS x WHERE NOT EXISTS (SELECT 1 FROM api_client WHERE client_id = ?)",
            clientId,
            BCrypt.hashpw(secret, BCrypt.gensalt(10)),
            displayName.strip(),
            Scope.format(scopes),
            Timestamp.from(Instant.now()),
            clamp(perSecond),
            clientId);
    if (inserted == 0) {
      throw new IllegalArgumentException("clients.exists");
    }
    return secret;
  }

  /**
   * @return the new secret, to be shown once; the old one stops working.
   */
  public String rotateSecret(String clientId) {
    String secret = newSecret();
    update(
        "UPDATE api_client SET secret_hash = ?, secret_rotated_at = ? WHERE client_id = ?",
        BCrypt.hashpw(secret, BCrypt.gensalt(10)),
        Timestamp.from(Instant.now()),
        clientId);
    authenticator.forget(clientId);
    return secret;
  }

  public void setEnabled(String clientId, boolean enabled) {
    update("UPDATE api_client SET enabled = ? WHERE client_id = ?", enabled, clientId);
    authenticator.forget(clientId);
  }

  public void setScopes(String clientId, Set<Scope> scopes, int perSecond) {
    update(
        "UPDATE api_client SET scopes = ?, requests_per_second = ? WHERE client_id = ?",
        Scope.format(scopes),
        clamp(perSecond),
        clientId);
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

  private int update(String sql, Object... parameters) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot change api_client", e);
    }
  }
}
