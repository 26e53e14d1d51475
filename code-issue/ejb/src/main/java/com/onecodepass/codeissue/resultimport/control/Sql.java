package com.onecodepass.codeissue.resultimport.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** The few plain-JDBC helpers the import needs (its bulk paths bypass JPA on purpose). */
public final class Sql {

  private Sql() {}

  public static void bind(PreparedStatement s, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      s.setObject(i + 1, params[i]);
    }
  }

  public static int update(DataSource ds, String sql, Object... params) {
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, params);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("import bookkeeping failed", e);
    }
  }

  public static long insertReturningId(DataSource ds, String sql, Object... params) {
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      bind(s, params);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("import bookkeeping failed", e);
    }
  }
}
