package com.onecodepass.codeissue.resultimport.batch;

import com.onecodepass.codeissue.resultimport.control.ImportRows;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Notes each skipped line, and at the end of every chunk (after the writer, before the commit)
 * stores the chunk's rejected rows and progress in the chunk's transaction.
 */
@Named
@Dependent
public class LoadListener extends AbstractChunkListener implements SkipProcessListener {

  @Inject @BatchProperty String importId;
  @Inject StepContext step;
  @Inject ImportRows rows;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  @Override
  public void onSkipProcessItem(Object item, Exception e) {
    BadRow bad = (BadRow) e;
    ChunkLedger.of(step).reject(bad.lineNo(), bad.reason(), bad.raw());
  }

  @Override
  public void beforeChunk() {
    ChunkLedger.of(step).reset();
  }

  @Override
  public void afterChunk() throws Exception {
    long id = Long.parseLong(importId);
    ChunkLedger ledger = ChunkLedger.of(step);
    if (!ledger.rejected.isEmpty()) {
      storeRejected(id, ledger);
    }
    rows.loaded(
        id,
        ledger.read,
        ledger.written,
        ledger.stored,
        ledger.rejected.size(),
        ledger.bytesRead,
        ledger.work);
    ledger.reset();
  }

  private void storeRejected(long id, ChunkLedger ledger) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT IGNORE INTO result_import_error (import_id, line_no, reason, raw_masked)"
                    + " VALUES (?, ?, ?, ?)")) {
      for (ChunkLedger.Rejected r : ledger.rejected) {
        insert.setLong(1, id);
        insert.setLong(2, r.lineNo());
        insert.setString(3, r.reason());
        insert.setString(4, r.rawMasked());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
