package com.onecodepass.web.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.web.audit.entity.AuditFilter;
import com.onecodepass.web.audit.entity.AuditRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit page's reads: a count that stops at its limit, pages newest first under a filter. */
class AuditEntriesTest {

  private final AuditEntries entries = new AuditEntries();
  private Connection keepAlive;

  @BeforeEach
  void sevenEntriesFiveOfThemInYanta() throws SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MySQL");
    entries.dataSource = h2;
    keepAlive = h2.getConnection();
    try (Statement s = keepAlive.createStatement()) {
      s.execute(
          "CREATE TABLE audit_entry (id BIGINT AUTO_INCREMENT PRIMARY KEY, at TIMESTAMP(3),"
              + " actor VARCHAR(64), role VARCHAR(20), district_code VARCHAR(6),"
              + " action VARCHAR(40), target VARCHAR(120), reason VARCHAR(300),"
              + " client_address VARCHAR(64), prev_hash VARCHAR(64), hash VARCHAR(64))");
    }
    for (int i = 0; i < 7; i++) {
      append(i < 5 ? "610113" : "610102", i == 3 ? "citizen.read.denied" : "citizen.read");
    }
  }

  @AfterEach
  void close() throws SQLException {
    keepAlive.close();
  }

  @Test
  void theCountStopsOneAfterItsLimit() {
    assertThat(entries.count(AuditFilter.ALL, 100)).isEqualTo(7);
    assertThat(entries.count(AuditFilter.ALL, 7)).isEqualTo(7);
    assertThat(entries.count(AuditFilter.ALL, 4)).isEqualTo(5);
    assertThat(entries.count(AuditFilter.ALL.inDistrict("610113"), 2)).isEqualTo(3);
    assertThat(entries.count(AuditFilter.ALL.inDistrict("610113"), 100)).isEqualTo(5);
    assertThat(entries.count(new AuditFilter(null, null, null, null, null, true), 0)).isEqualTo(1);
  }

  @Test
  void pagesAreNewestFirstWithinTheFilter() {
    assertThat(entries.page(AuditFilter.ALL.inDistrict("610113"), 1, 3))
        .extracting(AuditRow::id)
        .containsExactly(4L, 3L, 2L);
  }

  private void append(String district, String action) throws SQLException {
    try (PreparedStatement insert =
        keepAlive.prepareStatement(
            "INSERT INTO audit_entry (at, actor, role, district_code, action, target,"
                + " prev_hash, hash) VALUES (?, 'yanta', 'DISTRICT_STAFF', ?, ?, 'citizen#1',"
                + " 'x', 'y')")) {
      insert.setTimestamp(1, Timestamp.from(Instant.now()));
      insert.setString(2, district);
      insert.setString(3, action);
      insert.executeUpdate();
    }
  }
}
