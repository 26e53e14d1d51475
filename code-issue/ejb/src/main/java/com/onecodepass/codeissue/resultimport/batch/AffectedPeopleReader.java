package com.onecodepass.codeissue.resultimport.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.sql.DataSource;

/**
 * The people the load step touched, in id order, a page at a time; the checkpoint is the last id
 * handed out, so a restart recolours each person once more at most.
 */
@Named
@Dependent
public class AffectedPeopleReader extends AbstractItemReader {

  private static final int PAGE = 5000;

  @Inject @BatchProperty String importId;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  private final Deque<Long> page = new ArrayDeque<>();
  private long last;
  private boolean exhausted;

  @Override
  public void open(Serializable checkpoint) {
    last = checkpoint == null ? 0 : (Long) checkpoint;
  }

  @Override
  public Object readItem() throws Exception {
    if (page.isEmpty() && !exhausted) {
      fetch();
    }
    Long next = page.poll();
    if (next != null) {
      last = next;
    }
    return next;
  }

  private void fetch() throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT citizen_id FROM result_import_person WHERE import_id = ? AND citizen_id > ?"
                    + " ORDER BY citizen_id LIMIT "
                    + PAGE)) {
      s.setLong(1, Long.parseLong(importId));
      s.setLong(2, last);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          page.add(rs.getLong(1));
        }
      }
    }
    exhausted = page.size() < PAGE;
  }

  @Override
  public Serializable checkpointInfo() {
    return last;
  }
}
