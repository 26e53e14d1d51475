package com.onecodepass.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.platform.audit.AuditChainWalk.Checkpoint;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditChainWalkTest {

  private Connection db;
  private String last = Checkpoint.GENESIS.lastHash();

  @BeforeEach
  void schema() throws SQLException {
    db = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MySQL");
    try (Statement s = db.createStatement()) {
      s.execute(
          "CREATE TABLE audit_entry (id BIGINT AUTO_INCREMENT PRIMARY KEY, at TIMESTAMP(3),"
              + " actor VARCHAR(64), role VARCHAR(20), district_code VARCHAR(6),"
              + " action VARCHAR(40), target VARCHAR(120), reason VARCHAR(300),"
              + " client_address VARCHAR(64), prev_hash VARCHAR(64), hash VARCHAR(64))");
      s.execute("CREATE TABLE audit_head (id INT PRIMARY KEY, last_hash VARCHAR(64))");
      s.execute("INSERT INTO audit_head VALUES (1, '" + last + "')");
    }
  }

  @AfterEach
  void close() throws SQLException {
    db.close();
  }

  @Test
  void walksOnlyTheEntriesAfterTheCheckpoint() throws SQLException {
    append("a");
    append("b");
    AuditChainWalk.Result first = AuditChainWalk.walk(db);
    assertThat(first.intact()).isTrue();
    assertThat(first.checked()).isEqualTo(2);

    append("c");
    AuditChainWalk.Result next = AuditChainWalk.walkFrom(db, first.reached());
    assertThat(next.intact()).isTrue();
    assertThat(next.checked()).isEqualTo(1);
    assertThat(next.reached().lastId()).isEqualTo(3);
  }

  @Test
  void findsAnEditedEntryAfterTheCheckpoint() throws SQLException {
    append("a");
    Checkpoint reached = AuditChainWalk.walk(db).reached();
    append("b");
    append("c");
    update("UPDATE audit_entry SET reason = 'edited' WHERE id = 2");

    AuditChainWalk.Result result = AuditChainWalk.walkFrom(db, reached);
    assertThat(result.firstBrokenId()).contains(2L);
    assertThat(result.reached()).isEqualTo(reached);
  }

  @Test
  void aDeletedLastEntryBreaksTheChainAtTheHead() throws SQLException {
    append("a");
    append("b");
    update("DELETE FROM audit_entry WHERE id = 2");

    assertThat(AuditChainWalk.walk(db).firstBrokenId()).isEqualTo(Optional.of(2L));
  }

  @Test
  void anOlderCheckpointCatchesUpToTheHead() throws SQLException {
    append("a");
    Checkpoint older = AuditChainWalk.walk(db).reached();
    append("b");

    AuditChainWalk.Result result = AuditChainWalk.walkFrom(db, older);
    assertThat(result.intact()).isTrue();
    assertThat(result.reached().lastId()).isEqualTo(2);
  }

  private void append(String reason) throws SQLException {
    Instant at = Instant.ofEpochMilli(1_700_000_000_000L + reason.hashCode());
    String hash =
        AuditHash.of(last, at, "actor", "CITY_ADMIN", null, "x.read", "t", reason, "1.2.3.4");
    try (PreparedStatement p =
        db.prepareStatement(
            "INSERT INTO audit_entry (at, actor, role, district_code, action, target, reason,"
                + " client_address, prev_hash, hash) VALUES (?, 'actor', 'CITY_ADMIN', NULL,"
                + " 'x.read', 't', ?, '1.2.3.4', ?, ?)")) {
      p.setTimestamp(1, Timestamp.from(at));
      p.setString(2, reason);
      p.setString(3, last);
      p.setString(4, hash);
      p.executeUpdate();
    }
    update("UPDATE audit_head SET last_hash = '" + hash + "' WHERE id = 1");
    last = hash;
  }

  private void update(String sql) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.executeUpdate(sql);
    }
  }
}
