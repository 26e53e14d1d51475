package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.platform.api.Audit;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit log is tamper-evident: one row edited directly in the database is found. */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests();
  }

  @EJB Audit audit;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  @Test
  void theVerifierFindsTheFirstEditedRow() throws Exception {
    for (int i = 0; i < 3; i++) {
      audit.append(
          new Audit.Entry(
              "yanta",
              "DISTRICT_STAFF",
              "610113",
              "citizen.lookup",
              "6101**********123" + i,
              "case 2022-01 contact check",
              "127.0.0.1"));
    }
    Audit.Verdict before = audit.verify();
    assertThat(before.intact()).isTrue();
    assertThat(before.checked()).isGreaterThanOrEqualTo(3);

    long victim;
    try (Connection c = dataSource.getConnection();
        ResultSet r = c.createStatement().executeQuery("SELECT MAX(id) - 1 FROM audit_entry")) {
      r.next();
      victim = r.getLong(1);
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement edit =
            c.prepareStatement("UPDATE audit_entry SET reason = 'nothing to see' WHERE id = ?")) {
      edit.setLong(1, victim);
      assertThat(edit.executeUpdate()).isEqualTo(1);
    }

    assertThat(audit.verify().firstBrokenId()).contains(victim);

    try (Connection c = dataSource.getConnection();
        PreparedStatement repair =
            c.prepareStatement(
                "UPDATE audit_entry SET reason = 'case 2022-01 contact check' WHERE id = ?")) {
      repair.setLong(1, victim);
      repair.executeUpdate();
    }
    assertThat(audit.verify().intact()).isTrue();
  }
}
