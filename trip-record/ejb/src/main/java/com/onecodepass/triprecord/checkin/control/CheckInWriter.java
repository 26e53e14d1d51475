package com.onecodepass.triprecord.checkin.control;

import com.onecodepass.triprecord.checkin.entity.CheckIn;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Writes a group of check-ins in one transaction of its own, so they are committed when {@link
 * #writeGroup} returns: the caller may say "checked in" only after that. Within the transaction it
 * reads which of them are already stored (same key, or the same visit within five minutes) and
 * inserts the others with one multi-row statement, and counts them into {@code check_in_hourly}
 * (one upsert per district and hour in the group): the dashboard's hourly figures commit with the
 * check-ins, never recounted. Three statements and a commit per group; the venues' districts come
 * from the second-level cache.
 */
@Stateless
public class CheckInWriter {

  private static final String INSERT =
      "INSERT INTO check_in (idempotency_key, citizen_id, venue_id, checked_in_at,"
          + " colour_at_check_in, masked_name, source, check_in_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  /**
   * The database refused the group's insert because of one of its rows (its key stored meanwhile by
   * another node, a value out of range) or chose it as a deadlock victim against another node's
   * group: it is rolled back so that each check-in can be written on its own.
   */
  @ApplicationException(rollback = true)
  public static class ItemRefused extends RuntimeException {
    ItemRefused(SQLException cause) {
      super(cause);
    }
  }

  @PersistenceContext(unitName = "trip-record")
  EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<CheckInRecorder.Recorded> writeGroup(List<PendingCheckIn> group) {
    List<CheckIn> stored = storedFor(group);
    Map<String, CheckIn> byKey = new HashMap<>();
    stored.forEach(c -> byKey.put(c.idempotencyKey(), c));
    GroupPlan plan = GroupPlan.of(group, byKey, stored);
    List<CheckIn> rows = plan.toInsert();
    if (!rows.isEmpty()) {
      List<CheckIn> planned = rows;
      if (!insert(rows)) {
        rows = byKeys(rows.stream().map(CheckIn::idempotencyKey).toList());
      }
      HourlyCheckInCounts.add(em, planned);
    }
    Map<String, CheckIn> inserted = new HashMap<>();
    rows.forEach(c -> inserted.put(c.idempotencyKey(), c));
    return plan.answers(group, inserted);
  }

  /**
   * One multi-row INSERT (Connector/J's rewriteBatchedStatements) whose generated ids are given to
   * the rows: the ids of one statement are consecutive (InnoDB allocates a simple insert's values
   * at once) and the driver reports each of them. False when the driver reported fewer ids than
   * rows (then none is taken and the caller reads them back).
   */
  private boolean insert(List<CheckIn> rows) {
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
                for (CheckIn row : rows) {
                  insert.setString(1, row.idempotencyKey());
                  insert.setLong(2, row.citizenId());
                  insert.setLong(3, row.venueId());
                  insert.setObject(4, LocalDateTime.ofInstant(row.checkedInAt(), ZoneOffset.UTC));
                  insert.setString(5, row.colour());
                  insert.setString(6, row.maskedName());
                  insert.setString(7, row.source());
                  insert.setObject(8, row.day());
                  insert.addBatch();
                }
                insert.executeBatch();
                List<Long> generated = new ArrayList<>(rows.size());
                try (ResultSet ids = insert.getGeneratedKeys()) {
                  while (ids.next()) {
                    generated.add(ids.getLong(1));
                  }
                }
                if (generated.size() != rows.size()) {
                  return false;
                }
                for (int i = 0; i < rows.size(); i++) {
                  rows.get(i).insertedAs(generated.get(i));
                }
                return true;
              } catch (SQLException e) {
                if (refusedRow(e)) {
                  throw new ItemRefused(e);
                }
                throw e;
              }
            });
  }

  /** SQLSTATE class 23 (a duplicate key), 22 (data) or 40 (deadlock victim) in the chain. */
  static boolean refusedRow(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException s = sql; s != null; s = s.getNextException()) {
          String state = s.getSQLState();
          if (state != null
              && (state.startsWith("23") || state.startsWith("22") || state.startsWith("40"))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private List<CheckIn> byKeys(List<String> keys) {
    return em.createQuery("select c from CheckIn c where c.idempotencyKey in :k", CheckIn.class)
        .setParameter("k", keys)
        .getResultList();
  }

  /**
   * In one query: the stored rows with one of the group's keys, and every stored check-in of the
   * group's scanning citizens at the group's venues from five minutes before the earliest scan up
   * to the latest — a superset of each scan's last visit, which {@link GroupPlan} picks (the venue
   * matters: someone who walks through a mall checks in at many venues within five minutes). Plain
   * JDBC: the statement's shape changes with the group's size, so a JPQL query would be translated
   * again for most groups (that translation was most of the group's own CPU), and the rows are only
   * read, never changed. The key part names no day, so a redelivery with another time is found in
   * any partition.
   */
  private List<CheckIn> storedFor(List<PendingCheckIn> group) {
    List<String> keys = group.stream().map(p -> p.row().idempotencyKey()).distinct().toList();
    List<Long> citizens = new ArrayList<>();
    List<Long> venues = new ArrayList<>();
    Instant from = null;
    Instant to = null;
    for (PendingCheckIn p : group) {
      if (p.oncePerVisit()) {
        Instant at = p.row().checkedInAt();
        citizens.add(p.row().citizenId());
        venues.add(p.row().venueId());
        from = from == null || at.isBefore(from) ? at : from;
        to = to == null || at.isAfter(to) ? at : to;
      }
    }
    List<Long> people = citizens.stream().distinct().toList();
    List<Long> places = venues.stream().distinct().toList();
    StringBuilder sql =
        new StringBuilder(STORED).append(" WHERE idempotency_key IN (").append(marks(keys.size()));
    if (!people.isEmpty()) {
      sql.append(") OR (citizen_id IN (")
          .append(marks(people.size()))
          .append(") AND venue_id IN (")
          .append(marks(places.size()))
          .append(") AND checked_in_at > ? AND checked_in_at <= ?")
          .append(" AND check_in_day BETWEEN ? AND ?");
    }
    sql.append(")");
    Instant earliest = from == null ? null : from.minus(IdempotencyKeys.RESCAN_WINDOW);
    Instant latest = to;
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                int i = 1;
                for (String key : keys) {
                  select.setString(i++, key);
                }
                if (!people.isEmpty()) {
                  for (long citizen : people) {
                    select.setLong(i++, citizen);
                  }
                  for (long venue : places) {
                    select.setLong(i++, venue);
                  }
                  select.setObject(i++, LocalDateTime.ofInstant(earliest, ZoneOffset.UTC));
                  select.setObject(i++, LocalDateTime.ofInstant(latest, ZoneOffset.UTC));
                  select.setObject(i++, CheckIn.dayOf(earliest));
                  select.setObject(i++, CheckIn.dayOf(latest));
                }
                List<CheckIn> stored = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                  while (rs.next()) {
                    CheckIn row =
                        new CheckIn(
                            rs.getString(2),
                            rs.getLong(3),
                            rs.getLong(4),
                            rs.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8));
                    row.insertedAs(rs.getLong(1));
                    stored.add(row);
                  }
                }
                return stored;
              }
            });
  }

  private static final String STORED =
      "SELECT id, idempotency_key, citizen_id, venue_id, checked_in_at, colour_at_check_in,"
          + " masked_name, source FROM check_in";

  private static String marks(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }
}
