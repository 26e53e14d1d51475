package com.onecodepass.codeissue.resultimport.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

/** The people a chunk's rows are about, resolved with one query per kind. */
final class ChunkTargets {

  static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

  record Person(long id, String district) {}

  private final Map<String, Person> byIndex = new HashMap<>();
  private final Map<String, List<Person>> byTube = new HashMap<>();

  static ChunkTargets load(Connection c, List<ImportItem> chunk) throws SQLException {
    ChunkTargets t = new ChunkTargets();
    List<byte[]> indexes = new ArrayList<>();
    Set<String> tubes = new HashSet<>();
    for (ImportItem item : chunk) {
      if (item.residentIndex() != null) {
        indexes.add(item.residentIndex());
      } else {
        tubes.add(item.row().tubeBarcode());
      }
    }
    if (!indexes.isEmpty()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT id, resident_id_index, district_code FROM citizen WHERE resident_id_index IN ("
                  + marks(indexes.size())
                  + ")")) {
        for (int i = 0; i < indexes.size(); i++) {
          s.setBytes(i + 1, indexes.get(i));
        }
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            t.byIndex.put(hex(rs.getBytes(2)), new Person(rs.getLong(1), rs.getString(3)));
          }
        }
      }
    }
    if (!tubes.isEmpty()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT m.barcode, c.id, c.district_code FROM sample_tube_member m"
                  + " JOIN citizen c ON c.id = m.citizen_id WHERE m.barcode IN ("
                  + marks(tubes.size())
                  + ")")) {
        int i = 1;
        for (String tube : tubes) {
          s.setString(i++, tube);
        }
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            t.byTube
                .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(new Person(rs.getLong(2), rs.getString(3)));
          }
        }
      }
    }
    return t;
  }

  /** The row's people, or null when the person or tube is unknown (or the tube empty). */
  List<Person> of(ImportItem item) {
    if (item.residentIndex() != null) {
      Person p = byIndex.get(hex(item.residentIndex()));
      return p == null ? null : List.of(p);
    }
    return byTube.get(item.row().tubeBarcode());
  }

  private Set<Long> allIds() {
    Set<Long> ids = new HashSet<>();
    byIndex.values().forEach(p -> ids.add(p.id()));
    byTube.values().forEach(list -> list.forEach(p -> ids.add(p.id())));
    return ids;
  }

  /**
   * Keys of results already stored for these people (earlier chunks, earlier imports) with a sample
   * time in the chunk's range: a range scan of the natural key per person, however long their
   * history.
   */
  Set<String> existingResults(Connection c, Instant from, Instant to) throws SQLException {
    Set<String> keys = new HashSet<>();
    Collection<Long> ids = allIds();
    if (ids.isEmpty()) {
      return keys;
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT citizen_id, sample_time, lab FROM test_result WHERE citizen_id IN ("
                + marks(ids.size())
                + ") AND sample_time BETWEEN ? AND ?")) {
      int i = 1;
      for (long id : ids) {
        s.setLong(i++, id);
      }
      s.setTimestamp(i++, java.sql.Timestamp.from(from), UTC);
      s.setTimestamp(i, java.sql.Timestamp.from(to), UTC);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          keys.add(key(rs.getLong(1), rs.getTimestamp(2, UTC).toInstant(), rs.getString(3)));
        }
      }
    }
    return keys;
  }

  /** (person, tube) pairs that already have the tube's pool-positive condition. */
  Set<String> existingPoolConditions(Connection c) throws SQLException {
    Set<String> keys = new HashSet<>();
    if (byTube.isEmpty()) {
      return keys;
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT citizen_id, source_ref FROM health_condition WHERE type = 'POOL_POSITIVE'"
                + " AND source_ref IN ("
                + marks(byTube.size())
                + ")")) {
      int i = 1;
      for (String tube : byTube.keySet()) {
        s.setString(i++, tube);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          keys.add(rs.getLong(1) + "|" + rs.getString(2));
        }
      }
    }
    return keys;
  }

  static String key(long citizenId, Instant sampleTime, String lab) {
    return citizenId + "|" + sampleTime.toEpochMilli() + "|" + lab;
  }

  private static String marks(int n) {
    return "?,".repeat(n - 1) + "?";
  }

  private static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }
}
