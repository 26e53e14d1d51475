package com.onecodepass.codeissue.resultimport.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The uploaded file, kept in the database in 1 MiB parts: a restart after a crash, on any node,
 * reads exactly the bytes that were uploaded, and no part exceeds the server's packet limit.
 */
@ApplicationScoped
public class ImportFiles {

  public static final int PART = 1024 * 1024;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  /**
   * Copies the stream into parts of the import, in the caller's transaction.
   *
   * @return the parts written and the size; stops (returning -1 as size) past {@code maxBytes}
   */
  public long[] store(long importId, InputStream in, long maxBytes) throws IOException {
    byte[] part = new byte[PART];
    int partNo = 0;
    long size = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO result_import_part (import_id, part_no, bytes) VALUES (?, ?, ?)")) {
      while (true) {
        int n = in.readNBytes(part, 0, PART);
        if (n == 0) {
          break;
        }
        size += n;
        if (size > maxBytes) {
          return new long[] {partNo, -1};
        }
        insert.setLong(1, importId);
        insert.setInt(2, partNo++);
        insert.setBytes(3, n == PART ? part : java.util.Arrays.copyOf(part, n));
        insert.executeUpdate();
        if (n < PART) {
          break;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store the uploaded file", e);
    }
    return new long[] {partNo, size};
  }

  /** The file from byte {@code offset} on, fetching one part at a time. */
  public InputStream open(long importId, int parts, long offset) {
    return new PartStream(importId, parts, offset);
  }

  private byte[] part(long importId, int partNo) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT bytes FROM result_import_part WHERE import_id = ? AND part_no = ?")) {
      select.setLong(1, importId);
      select.setInt(2, partNo);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("part " + partNo + " of import " + importId + " missing");
        }
        return rs.getBytes(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the uploaded file", e);
    }
  }

  private final class PartStream extends InputStream {
    private final long importId;
    private final int parts;
    private int next;
    private InputStream current = new ByteArrayInputStream(new byte[0]);

    PartStream(long importId, int parts, long offset) {
      this.importId = importId;
      this.parts = parts;
      this.next = (int) (offset / PART);
      if (next < parts) {
        ByteArrayInputStream first = new ByteArrayInputStream(part(importId, next++));
        first.skip(offset % PART);
        current = first;
      }
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      try {
        while (true) {
          int n = current.read(b, off, len);
          if (n > 0) {
            return n;
          }
          if (next >= parts) {
            return -1;
          }
          current = new ByteArrayInputStream(part(importId, next++));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
