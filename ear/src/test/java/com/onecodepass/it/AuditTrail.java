package com.onecodepass.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What the audit log holds for one actor, read straight from the database, oldest first. */
final class AuditTrail {

  private AuditTrail() {}

  /** The actions of {@code actor} starting with {@code prefix} (empty: all of them). */
  static List<String> actions(Connection c, String actor, String prefix) throws SQLException {
    List<String> actions = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT action FROM audit_entry WHERE actor = ? AND action LIKE ? ORDER BY id")) {
      s.setString(1, actor);
      s.setString(2, prefix + "%");
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          actions.add(r.getString(1));
        }
      }
    }
    return actions;
  }
}
