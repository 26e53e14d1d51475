package com.onecodepass.web.access.control;

import com.onecodepass.web.access.entity.StaffAccountView;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The {@code staff_account} rows (admin-web's table, which the Elytron realm reads). */
@ApplicationScoped
public class StaffAccountRows {

  private static final String SELECT =
      "SELECT a.username, a.display_name, a.role, a.district_code, a.enabled, CASE WHEN"
          + " t.locked_until > CURRENT_TIMESTAMP THEN 1 ELSE 0 END, a.last_sign_in_at, a.created_at"
          + " FROM staff_account a LEFT JOIN staff_sign_in_throttle t ON t.username ="
          + " LOWER(a.username)";

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  public List<StaffAccountView> all() {
    return query(SELECT + " ORDER BY a.username");
  }

  public Optional<StaffAccountView> find(String username) {
    return query(SELECT + " WHERE a.username = ?", username).stream().findFirst();
  }

  /** Enabled city admins, row-locked so two admins cannot disable the last two at once. */
  public List<String> enabledCityAdminsForUpdate() {
    List<String> names = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT username FROM staff_account WHERE role = 'CITY_ADMIN' AND enabled = TRUE"
                    + " FOR UPDATE");
        ResultSet r = select.executeQuery()) {
      while (r.next()) {
        names.add(r.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read staff_account", e);
    }
    return names;
  }

  /**
   * @return false when the username is taken
   */
  public boolean insert(
      String username, String passwordHash, String role, String district, String displayName) {
    Timestamp now = Timestamp.from(Instant.now());
    return update(
            "INSERT INTO staff_account (username, password_hash, role, district_code, display_name,"
                + " enabled, created_at, password_changed_at) SELECT ?, ?, ?, ?, ?, TRUE, ?, ? FROM"
                + " (SELECT 1 AS one) AS x WHERE NOT EXISTS (SELECT 1 FROM staff_account WHERE"
                + " username = ?)",
            username,
            passwordHash,
            role,
            district,
            displayName,
            now,
            now,
            username)
        == 1;
  }

  public void setEnabled(String username, boolean enabled) {
    update("UPDATE staff_account SET enabled = ? WHERE username = ?", enabled, username);
  }

  public void setPasswordHash(String username, String hash) {
    update(
        "UPDATE staff_account SET password_hash = ?, password_changed_at = ? WHERE username = ?",
        hash,
        Timestamp.from(Instant.now()),
        username);
  }

  public void setRole(String username, String role, String district) {
    update(
        "UPDATE staff_account SET role = ?, district_code = ? WHERE username = ?",
        role,
        district,
        username);
  }

  public void signedIn(String username) {
    update(
        "UPDATE staff_account SET last_sign_in_at = ? WHERE username = ?",
        Timestamp.from(Instant.now()),
        username);
  }

  private List<StaffAccountView> query(String sql, Object... args) {
    List<StaffAccountView> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(sql)) {
      bind(select, args);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          rows.add(
              new StaffAccountView(
                  r.getString(1),
                  r.getString(2),
                  r.getString(3),
                  r.getString(4),
                  r.getBoolean(5),
                  r.getInt(6) == 1,
                  instant(r.getTimestamp(7)),
                  instant(r.getTimestamp(8))));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read staff_account", e);
    }
    return rows;
  }

  private int update(String sql, Object... args) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement statement = c.prepareStatement(sql)) {
      bind(statement, args);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write staff_account", e);
    }
  }

  private static void bind(PreparedStatement statement, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      statement.setObject(i + 1, args[i]);
    }
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
