package com.onecodepass.codeissue.resultimport.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * An import's refused lines as CSV for a spreadsheet, read in pages of 5,000 by line number so a
 * city-sized error list never sits in memory.
 */
@ApplicationScoped
public class ImportErrorReport {

  private static final int PAGE = 5000;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  public void write(long importId, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\ufeff'); // spreadsheet programs read UTF-8 only with a BOM
    w.write("line,reason,row\r\n");
    long after = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement page =
            c.prepareStatement(
                "SELECT line_no, reason, raw_masked FROM result_import_error"
                    + " WHERE import_id = ? AND line_no > ? ORDER BY line_no LIMIT "
                    + PAGE)) {
      while (true) {
        page.setLong(1, importId);
        page.setLong(2, after);
        int n = 0;
        try (ResultSet rs = page.executeQuery()) {
          while (rs.next()) {
            after = rs.getLong(1);
            w.write(after + "," + rs.getString(2) + "," + quoted(rs.getString(3)) + "\r\n");
            n++;
          }
        }
        if (n < PAGE) {
          break;
        }
      }
    } catch (SQLException e) {
      throw new IOException("cannot read the error report", e);
    }
    w.flush();
  }

  private static String quoted(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
