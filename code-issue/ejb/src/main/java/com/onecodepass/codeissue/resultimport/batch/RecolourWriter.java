package com.onecodepass.codeissue.resultimport.batch;

import com.onecodepass.codeissue.code.control.CodeStates;
import com.onecodepass.codeissue.colour.control.Recolouring;
import com.onecodepass.codeissue.colour.entity.ColourChange;
import com.onecodepass.codeissue.resultimport.control.ImportRows;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Re-applies the rule set to a chunk of touched people at once (bulk loads, one transaction).
 *
 * <p>Most people of a mass screening are green and get a negative result. A negative can only end
 * conditions or satisfy a testing interval, never add a reason (ColourEvaluatorTest checks this),
 * so such a person stays green: instead of the full evaluation, only their cached code state learns
 * the newer negative. Everyone else (a positive or pooled positive in this import, or not green
 * now) is evaluated in full.
 */
@Named
@Dependent
public class RecolourWriter extends AbstractItemWriter {

  @Inject @BatchProperty String importId;
  @Inject Recolouring recolouring;
  @Inject CodeStates codeStates;
  @Inject ImportRows rows;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  @Override
  public void writeItems(List<Object> items) throws SQLException {
    List<Long> ids = new ArrayList<>(items.size());
    for (Object o : items) {
      ids.add((Long) o);
    }
    long id = Long.parseLong(importId);
    Set<Long> evaluate = mustEvaluate(id, ids);
    List<Long> full = ids.stream().filter(evaluate::contains).toList();
    int changed =
        recolouring.reevaluateAll(full, ColourChange.Source.RULE, null, "result import " + id);
    List<Long> stayGreen = ids.stream().filter(i -> !evaluate.contains(i)).toList();
    codeStates.noteNegativeTests(stayGreen, this::latestNegatives);
    rows.recoloured(id, ids.size(), changed);
  }

  /** Of {@code ids}: those with a positive in this import, or not green now. */
  private Set<Long> mustEvaluate(long importId, List<Long> ids) throws SQLException {
    Set<Long> evaluate = new HashSet<>();
    if (ids.isEmpty()) {
      return evaluate;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT p.citizen_id FROM result_import_person p"
                    + " JOIN citizen c ON c.id = p.citizen_id"
                    + " WHERE p.import_id = ? AND (p.must_evaluate OR c.colour <> 'GREEN')"
                    + " AND p.citizen_id IN ("
                    + "?,".repeat(ids.size() - 1)
                    + "?)")) {
      s.setLong(1, importId);
      for (int i = 0; i < ids.size(); i++) {
        s.setLong(i + 2, ids.get(i));
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          evaluate.add(rs.getLong(1));
        }
      }
    }
    return evaluate;
  }

  /** Each person's latest negative sample time (people with none are left out). */
  private Map<Long, Instant> latestNegatives(List<Long> ids) {
    Map<Long, Instant> latest = new HashMap<>();
    if (ids.isEmpty()) {
      return latest;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT citizen_id, MAX(sample_time) FROM test_result"
                    + " WHERE result = 'NEGATIVE' AND citizen_id IN ("
                    + "?,".repeat(ids.size() - 1)
                    + "?) GROUP BY citizen_id")) {
      for (int i = 0; i < ids.size(); i++) {
        s.setLong(i + 1, ids.get(i));
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          latest.put(rs.getLong(1), rs.getTimestamp(2, ChunkTargets.UTC).toInstant());
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading latest negative tests failed", e);
    }
    return latest;
  }
}
