package com.onecodepass.codeissue.resultimport.batch;

import com.onecodepass.codeissue.api.testing.ResultRow;
import com.onecodepass.codeissue.api.testing.TestOutcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Set;
import java.util.TreeSet;

/**
 * The chunk's inserts as JDBC batches (Connector/J rewrites them into multi-row statements). The
 * unique natural key makes a result that raced in from elsewhere a no-op ({@code INSERT IGNORE},
 * which H2 accepts in MySQL mode too).
 */
final class ResultInserts {

  private final Connection c;
  private final long importId;
  private final String recordedBy;
  private final Timestamp now;
  private final PreparedStatement results;
  private final PreparedStatement conditions;
  // In id order: two partitions listing the same people take their key locks in the same order.
  private final Set<Long> touched = new TreeSet<>();
  private final Set<Long> mustEvaluate = new TreeSet<>();
  private int resultCount;
  private int conditionCount;

  ResultInserts(Connection c, long importId, String recordedBy, Timestamp now) throws SQLException {
    this.c = c;
    this.importId = importId;
    this.recordedBy = recordedBy;
    this.now = now;
    this.results =
        c.prepareStatement(
            "INSERT IGNORE INTO test_result"
                + " (citizen_id, sample_time, result_time, result, lab, tube_barcode)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
    this.conditions =
        c.prepareStatement(
            "INSERT INTO health_condition"
                + " (citizen_id, type, started_at, source, source_ref, recorded_by)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
  }

  void result(long citizenId, ResultRow row) throws SQLException {
    Timestamp sampled = Timestamp.from(row.sampleTime());
    results.setLong(1, citizenId);
    results.setTimestamp(2, sampled, ChunkTargets.UTC);
    results.setTimestamp(3, now, ChunkTargets.UTC);
    results.setString(4, row.outcome().name());
    results.setString(5, row.lab());
    results.setString(6, row.tubeBarcode());
    results.addBatch();
    resultCount++;
    if (row.outcome() == TestOutcome.POSITIVE) {
      condition(citizenId, "POSITIVE_RESULT", sampled, "LAB", row.lab());
      mustEvaluate.add(citizenId);
    }
    touched.add(citizenId);
  }

  /** A positive pooled tube: each member must retest (yellow), as at the lab desk. */
  void poolPositive(long citizenId, ResultRow row) throws SQLException {
    condition(
        citizenId,
        "POOL_POSITIVE",
        Timestamp.from(row.sampleTime()),
        "SAMPLING",
        row.tubeBarcode());
    touched.add(citizenId);
    mustEvaluate.add(citizenId);
  }

  private void condition(long citizenId, String type, Timestamp since, String source, String ref)
      throws SQLException {
    conditions.setLong(1, citizenId);
    conditions.setString(2, type);
    conditions.setTimestamp(3, since, ChunkTargets.UTC);
    conditions.setString(4, source);
    conditions.setString(5, ref.length() > 64 ? ref.substring(0, 64) : ref);
    conditions.setString(6, recordedBy);
    conditions.addBatch();
    conditionCount++;
  }

  /**
   * Runs the batches and records the people touched.
   *
   * @return the test results inserted (rewritten batches report no per-row counts; the writer has
   *     already dropped known duplicates, so only a concurrent insert could make this high)
   */
  int flush() throws SQLException {
    try (results;
        conditions) {
      if (resultCount > 0) {
        results.executeBatch();
      }
      if (conditionCount > 0) {
        conditions.executeBatch();
      }
    }
    if (!touched.isEmpty()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT IGNORE INTO result_import_person (import_id, citizen_id, must_evaluate)"
                  + " VALUES (?, ?, ?)")) {
        for (long id : touched) {
          s.setLong(1, importId);
          s.setLong(2, id);
          s.setBoolean(3, mustEvaluate.contains(id));
          s.addBatch();
        }
        s.executeBatch();
      }
    }
    if (!mustEvaluate.isEmpty()) {
      // The person may already be listed by an earlier chunk with only negatives.
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE result_import_person SET must_evaluate = TRUE"
                  + " WHERE import_id = ? AND citizen_id = ?")) {
        for (long id : mustEvaluate) {
          s.setLong(1, importId);
          s.setLong(2, id);
          s.addBatch();
        }
        s.executeBatch();
      }
    }
    return resultCount;
  }
}
