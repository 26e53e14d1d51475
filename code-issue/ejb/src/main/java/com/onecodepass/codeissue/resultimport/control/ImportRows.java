package com.onecodepass.codeissue.resultimport.control;

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

/** The result_import rows: created on upload, advanced by the job in each chunk's transaction. */
@ApplicationScoped
public class ImportRows {

  private static final String COLUMNS =
      "id, file_name, uploaded_by, district_code, status, size_bytes, parts, execution_id,"
          + " rows_read, rows_written, results_stored, rows_skipped, bytes_read, people_affected,"
          + " people_recoloured, colours_changed, created_at, run_started_at, run_rows_base,"
          + " run_bytes_base, ended_at, updated_at, work_total, work_done, run_work_base";

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  public long create(String fileName, String uploadedBy, String role, String districtCode) {
    return Sql.insertReturningId(
        dataSource,
        "INSERT INTO result_import (file_name, uploaded_by, uploader_role, district_code,"
            + " size_bytes, parts, status, created_at) VALUES (?, ?, ?, ?, 0, 0, 'QUEUED', ?)",
        fileName,
        uploadedBy,
        role,
        districtCode,
        Timestamp.from(Instant.now()));
  }

  public void stored(long id, long size, int parts) {
    update("UPDATE result_import SET size_bytes = ?, parts = ? WHERE id = ?", size, parts, id);
  }

  /** The file's work (RowWeight), counted when the job plans its partitions. */
  public void planned(long id, long workTotal) {
    update("UPDATE result_import SET work_total = ? WHERE id = ?", workTotal, id);
  }

  public void execution(long id, long executionId) {
    update("UPDATE result_import SET execution_id = ? WHERE id = ?", executionId, id);
  }

  /** A run (first or restart) begins: rows/s and the ETA count from here. */
  public void runStarted(long id) {
    update(
        "UPDATE result_import SET status = 'LOADING', run_started_at = ?, updated_at = ?,"
            + " run_rows_base = rows_read, run_bytes_base = bytes_read,"
            + " run_work_base = work_done, ended_at = NULL"
            + " WHERE id = ?",
        now(),
        now(),
        id);
  }

  public void status(long id, String status) {
    update("UPDATE result_import SET status = ?, updated_at = ? WHERE id = ?", status, now(), id);
  }

  public void ended(long id, String status) {
    update(
        "UPDATE result_import SET status = ?, ended_at = ?, updated_at = ? WHERE id = ?",
        status,
        now(),
        now(),
        id);
  }

  /** One loading chunk's effect, in the chunk's transaction. */
  public void loaded(
      long id, long read, long written, long stored, long skipped, long bytesRead, long work) {
    update(
        "UPDATE result_import SET rows_read = rows_read + ?, rows_written = rows_written + ?,"
            + " results_stored = results_stored + ?, rows_skipped = rows_skipped + ?,"
            + " bytes_read = bytes_read + ?, work_done = work_done + ?, updated_at = ?"
            + " WHERE id = ?",
        read,
        written,
        stored,
        skipped,
        bytesRead,
        work,
        now(),
        id);
  }

  public void affectedCounted(long id) {
    update(
        "UPDATE result_import SET people_affected ="
            + " (SELECT COUNT(*) FROM result_import_person WHERE import_id = ?),"
            + " updated_at = ? WHERE id = ?",
        id,
        now(),
        id);
  }

  /** One recolouring chunk's effect, in the chunk's transaction. */
  public void recoloured(long id, long people, long changed) {
    update(
        "UPDATE result_import SET people_recoloured = people_recoloured + ?,"
            + " colours_changed = colours_changed + ?, updated_at = ? WHERE id = ?",
        people,
        changed,
        now(),
        id);
  }

  public Optional<ImportRecord> find(long id) {
    List<ImportRecord> found = query("SELECT " + COLUMNS + " FROM result_import WHERE id = ?", id);
    return found.stream().findFirst();
  }

  /** The newest imports, of one district or (null) all. */
  public List<ImportRecord> recent(String districtCode, int max) {
    return districtCode == null
        ? query("SELECT " + COLUMNS + " FROM result_import ORDER BY id DESC LIMIT " + max)
        : query(
            "SELECT "
                + COLUMNS
                + " FROM result_import WHERE district_code = ? ORDER BY id DESC LIMIT "
                + max,
            districtCode);
  }

  private List<ImportRecord> query(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(sql)) {
      Sql.bind(select, params);
      List<ImportRecord> out = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          out.add(
              new ImportRecord(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getLong(6),
                  rs.getInt(7),
                  (Long) rs.getObject(8, Long.class),
                  rs.getLong(9),
                  rs.getLong(10),
                  rs.getLong(11),
                  rs.getLong(12),
                  rs.getLong(13),
                  rs.getLong(14),
                  rs.getLong(15),
                  rs.getLong(16),
                  instant(rs.getTimestamp(17)),
                  instant(rs.getTimestamp(18)),
                  rs.getLong(19),
                  rs.getLong(20),
                  instant(rs.getTimestamp(21)),
                  instant(rs.getTimestamp(22)),
                  rs.getLong(23),
                  rs.getLong(24),
                  rs.getLong(25)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read imports", e);
    }
  }

  private void update(String sql, Object... params) {
    Sql.update(dataSource, sql, params);
  }

  private static Timestamp now() {
    return Timestamp.from(Instant.now());
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
