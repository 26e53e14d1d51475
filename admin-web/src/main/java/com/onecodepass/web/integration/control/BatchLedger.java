package com.onecodepass.web.integration.control;

import com.onecodepass.web.integration.entity.IntegrationException;
import com.onecodepass.web.integration.entity.Problem;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Idempotency of batches: the first request with a key claims it (row in {@code api_batch}); a
 * retry with the same body gets the stored answer, with another body a conflict. A claim whose node
 * died mid-batch is taken over after {@link #TAKE_OVER_AFTER}; items already applied are listed in
 * {@code api_batch_item} and skipped, so nothing is applied twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BatchLedger {

  static final Duration TAKE_OVER_AFTER = Duration.ofMinutes(5);

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  /** What the caller must do with a batch. */
  public sealed interface Claim {}

  /** Process the batch; skip the items listed (applied before a crash). */
  public record Process(Set<Integer> alreadyApplied) implements Claim {}

  /** Answer with the stored response, unchanged. */
  public record Replay(String response) implements Claim {}

  public Claim claim(String clientId, String key, String operation, String requestSha256) {
    try (Connection c = dataSource.getConnection()) {
      Optional<Row> existing = find(c, clientId, key);
      if (existing.isEmpty()) {
        if (insert(c, clientId, key, operation, requestSha256)) {
          return new Process(Set.of());
        }
        existing = find(c, clientId, key); // lost a race with a concurrent retry
      }
      Row row = existing.orElseThrow();
      if (!row.sha256.equals(requestSha256) || !row.operation.equals(operation)) {
        throw new IntegrationException(
            Problem.IDEMPOTENCY_CONFLICT, "this Idempotency-Key belongs to another request");
      }
      if (row.response != null) {
        return new Replay(row.response);
      }
      if (row.createdAt.isAfter(Instant.now().minus(TAKE_OVER_AFTER))
          || !takeOver(c, clientId, key, row)) {
        throw new IntegrationException(
            Problem.BATCH_IN_PROGRESS, "retry when the first request has been answered", null, 5);
      }
      return new Process(applied(c, clientId, key));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot use api_batch", e);
    }
  }

  public void complete(String clientId, String key, String response) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement(
                "UPDATE api_batch SET response = ?, completed_at = ? WHERE client_id = ?"
                    + " AND idempotency_key = ?")) {
      update.setString(1, response);
      update.setTimestamp(2, Timestamp.from(Instant.now()));
      update.setString(3, clientId);
      update.setString(4, key);
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot complete api_batch", e);
    }
  }

  /** Gives up a claim after a failure, so that a retry may resume it at once. */
  public void release(String clientId, String key) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement(
                "UPDATE api_batch SET created_at = ? WHERE client_id = ? AND idempotency_key = ?"
                    + " AND response IS NULL")) {
      update.setTimestamp(1, Timestamp.from(Instant.EPOCH.plus(Duration.ofDays(1))));
      update.setString(2, clientId);
      update.setString(3, key);
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot release api_batch", e);
    }
  }

  private record Row(String operation, String sha256, String response, Instant createdAt) {}

  private static Optional<Row> find(Connection c, String clientId, String key) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT operation, request_sha256, response, created_at FROM api_batch"
                + " WHERE client_id = ? AND idempotency_key = ?")) {
      select.setString(1, clientId);
      select.setString(2, key);
      try (ResultSet r = select.executeQuery()) {
        return r.next()
            ? Optional.of(
                new Row(
                    r.getString(1), r.getString(2), r.getString(3), r.getTimestamp(4).toInstant()))
            : Optional.empty();
      }
    }
  }

  private static boolean insert(
      Connection c, String clientId, String key, String operation, String sha256)
      throws SQLException {
    // INSERT ... SELECT ... WHERE NOT EXISTS: no duplicate-key exception to roll the transaction
    // back; a truly concurrent insert still fails on the primary key and is reported as a race.
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO api_batch (client_id, idempotency_key, operation, request_sha256,"
                + " created_at) SELECT ?, ?, ?, ?, ? FROM (SELECT 1 AS one) AS x WHERE NOT EXISTS"
                + " (SELECT 1 FROM api_batch WHERE client_id = ? AND idempotency_key = ?)")) {
      insert.setString(1, clientId);
      insert.setString(2, key);
      insert.setString(3, operation);
      insert.setString(4, sha256);
      insert.setTimestamp(5, Timestamp.from(Instant.now()));
      insert.setString(6, clientId);
      insert.setString(7, key);
      return insert.executeUpdate() == 1;
    } catch (SQLIntegrityConstraintViolationException concurrentInsert) {
      return false;
    }
  }

  /** Moves a stale claim's start to now; only one of several concurrent retries wins it. */
  private static boolean takeOver(Connection c, String clientId, String key, Row row)
      throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE api_batch SET created_at = ? WHERE client_id = ? AND idempotency_key = ?"
                + " AND created_at = ? AND response IS NULL")) {
      update.setTimestamp(1, Timestamp.from(Instant.now()));
      update.setString(2, clientId);
      update.setString(3, key);
      update.setTimestamp(4, Timestamp.from(row.createdAt));
      return update.executeUpdate() == 1;
    }
  }

  private static Set<Integer> applied(Connection c, String clientId, String key)
      throws SQLException {
    Set<Integer> applied = new HashSet<>();
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT item_index FROM api_batch_item WHERE client_id = ? AND idempotency_key = ?")) {
      select.setString(1, clientId);
      select.setString(2, key);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          applied.add(r.getInt(1));
        }
      }
    }
    return applied;
  }
}
