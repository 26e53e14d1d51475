package com.onecodepass.web.access.control;

import com.onecodepass.web.integration.control.RateLimits;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.infinispan.Cache;

/**
 * Brute-force protection of the staff sign-in, shared by every node: failures per username live in
 * the database ({@code staff_sign_in_throttle}, which the Elytron realm's query also reads, so a
 * locked account is refused even with the right password), failures per client address in the
 * distributed {@code rate-limit} cache. Times are the database's clock only.
 */
@ApplicationScoped
public class SignInThrottle {

  /** Failures of one username within {@link #WINDOW_MINUTES} that lock it. */
  public static final int USERNAME_LIMIT = 5;

  /** Failures from one client address within the window that refuse its sign-ins. */
  public static final int ADDRESS_LIMIT = 50;

  public static final int WINDOW_MINUTES = 15;

  private static final String WINDOW = "INTERVAL '" + WINDOW_MINUTES + "' MINUTE";

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  @Inject @RateLimits Cache<String, Long> counters;

  /** The key a typed username is counted under (the table's primary key, at most 40 chars). */
  public static String key(String typed) {
    String k = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    return k.length() > 40 ? k.substring(0, 40) : k;
  }

  /**
   * Counts a failure of {@code username} and locks it at the limit.
   *
   * @return whether the username is locked now
   */
  public boolean recordFailure(String username) {
    String key = key(username);
    try (Connection c = dataSource.getConnection()) {
      int updated =
          update(
              c,
              "UPDATE staff_sign_in_throttle SET failures = CASE WHEN first_failure < CURRENT_TIMESTAMP"
                  + " - "
                  + WINDOW
                  + " AND (locked_until IS NULL OR locked_until < CURRENT_TIMESTAMP) THEN 1 ELSE"
                  + " failures + 1 END, first_failure = CASE WHEN first_failure < CURRENT_TIMESTAMP -"
                  + " "
                  + WINDOW
                  + " AND (locked_until IS NULL OR locked_until < CURRENT_TIMESTAMP) THEN"
                  + " CURRENT_TIMESTAMP ELSE first_failure END WHERE username = ?",
              key);
      if (updated == 0) {
        try {
          update(
              c,
              "INSERT INTO staff_sign_in_throttle (username, failures, first_failure) VALUES (?, 1,"
                  + " CURRENT_TIMESTAMP)",
              key);
        } catch (SQLException raced) {
          // Another node inserted the row first: count on it.
          update(
              c,
              "UPDATE staff_sign_in_throttle SET failures = failures + 1 WHERE username = ?",
              key);
        }
      }
      update(
          c,
          "UPDATE staff_sign_in_throttle SET locked_until = CURRENT_TIMESTAMP + "
              + WINDOW
              + " WHERE username = ? AND failures >= "
              + USERNAME_LIMIT
              + " AND (locked_until IS NULL OR locked_until < CURRENT_TIMESTAMP)",
          key);
      return locked(c, key);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count a failed sign-in", e);
    }
  }

  public boolean isLocked(String username) {
    try (Connection c = dataSource.getConnection()) {
      return locked(c, key(username));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the sign-in throttle", e);
    }
  }

  /** Forgets the failures of a username: after a good sign-in, or an admin's unlock. */
  public void clear(String username) {
    try (Connection c = dataSource.getConnection()) {
      update(c, "DELETE FROM staff_sign_in_throttle WHERE username = ?", key(username));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot clear the sign-in throttle", e);
    }
  }

  /** Counts a failure from {@code address} in the current window. */
  public void recordAddressFailure(String address) {
    String key = addressKey(address);
    for (int attempt = 0; attempt < 50; attempt++) {
      Long current = counters.putIfAbsent(key, 1L, 2L * WINDOW_MINUTES, TimeUnit.MINUTES);
      if (current == null
          || counters.replace(key, current, current + 1, 2L * WINDOW_MINUTES, TimeUnit.MINUTES)) {
        return;
      }
    }
  }

  public boolean isAddressBlocked(String address) {
    Long failures = counters.get(addressKey(address));
    return failures != null && failures >= ADDRESS_LIMIT;
  }

  private static String addressKey(String address) {
    long window = System.currentTimeMillis() / (WINDOW_MINUTES * 60_000L);
    return "staff-sign-in@" + address + ":" + window;
  }

  private static boolean locked(Connection c, String key) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT 1 FROM staff_sign_in_throttle WHERE username = ? AND locked_until >"
                + " CURRENT_TIMESTAMP")) {
      select.setString(1, key);
      try (ResultSet r = select.executeQuery()) {
        return r.next();
      }
    }
  }

  private static int update(Connection c, String sql, String key) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setString(1, key);
      return statement.executeUpdate();
    }
  }
}
