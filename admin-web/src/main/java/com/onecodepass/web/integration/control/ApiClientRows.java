package com.onecodepass.web.integration.control;

import com.onecodepass.web.integration.entity.ApiClientView;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The integrator clients' rows (api_client), read and written with plain JDBC as the client
 * authenticator reads them. Secrets arrive here already hashed.
 */
@Dependent
public class ApiClientRows {

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

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

  /** Adds an enabled client unless the id is taken; false when it is. */
  public boolean insertIfAbsent(
      String clientId, String secretHash, String displayName, String scopes, int perSecond) {
    return update(
            "INSERT INTO api_client (client_id, secret_hash, display_name, scopes, enabled,"
                + " created_at, requests_per_second) SELECT ?, ?, ?, ?, TRUE, ?, ? FROM (SELECT 1"
                + " AS one) AS x WHERE NOT EXISTS (SELECT 1 FROM api_client WHERE client_id = ?)",
            clientId,
            secretHash,
            displayName,
            scopes,
            Timestamp.from(Instant.now()),
            perSecond,
            clientId)
        > 0;
  }

  public void replaceSecret(String clientId, String secretHash) {
    update(
        "UPDATE api_client SET secret_hash = ?, secret_rotated_at = ? WHERE client_id = ?",
        secretHash,
        Timestamp.from(Instant.now()),
        clientId);
  }

  public void setEnabled(String clientId, boolean enabled) {
    update("UPDATE api_client SET enabled = ? WHERE client_id = ?", enabled, clientId);
  }

  public void setScopes(String clientId, String scopes, int perSecond) {
    update(
        "UPDATE api_client SET scopes = ?, requests_per_second = ? WHERE client_id = ?",
        scopes,
        perSecond,
        clientId);
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
