package com.onecodepass.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onecodepass.codeissue.api.citizen.CitizenRegistration;
import com.onecodepass.codeissue.api.citizen.RegisteredCitizen;
import com.onecodepass.codeissue.api.citizen.Registration;
import com.onecodepass.codeissue.api.code.CodeCard;
import com.onecodepass.codeissue.api.code.CodeCardView;
import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.code.CodeVerification;
import com.onecodepass.codeissue.api.code.TokenVerdict;
import com.onecodepass.codeissue.api.code.VerificationView;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Showing and verifying a code must not touch the database once the person's state is cached:
 * Hibernate's statement counters (enabled by the test server) must not move.
 */
@ExtendWith(ArquillianExtension.class)
class CodeHotPathIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests();
  }

  @EJB CitizenRegistration registration;
  @EJB CodeCard codeCard;
  @EJB CodeVerification verification;

  @PersistenceUnit(unitName = "code-issue")
  EntityManagerFactory codeIssue;

  @PersistenceUnit(unitName = "trip-record")
  EntityManagerFactory tripRecord;

  @Test
  void showingAndVerifyingACodeReadsNoDatabaseOnAWarmCache() {
    RegisteredCitizen citizen =
        registration.register(
            new Registration("刘洋", TestPeople.residentId(), TestPeople.mobile(), "610113"));
    codeCard.show(citizen.citizenId()); // warm (registration already cached it)

    long before = statements();
    CodeCardView card = codeCard.show(citizen.citizenId());
    VerificationView verified = verification.verify(card.token());
    for (int i = 0; i < 50; i++) {
      verification.verify(codeCard.show(citizen.citizenId()).token());
    }
    long after = statements();

    assertEquals(0, after - before, "SQL statements on the hot path");
    assertEquals(CodeColour.GREEN, card.colour());
    assertEquals(TokenVerdict.VALID, verified.verdict());
    assertEquals("刘*", verified.maskedName());
    assertTrue(card.expiresAt().isAfter(card.issuedAt()));
  }

  @Test
  void theStatisticsWouldSeeADatabaseRead() {
    // Guards the test above against counting nothing at all.
    long before = statements();
    registration.register(
        new Registration("黄磊", TestPeople.residentId(), TestPeople.mobile(), "610104"));
    assertTrue(statements() > before);
  }

  private long statements() {
    return stats(codeIssue).getPrepareStatementCount()
        + stats(tripRecord).getPrepareStatementCount();
  }

  /**
   * IoThreadScheduling: Undertow's I/O threads run under SCHED_BATCH, so one woken by a worker that
   * finishes an exchange does not preempt that worker and spin until it runs again.
   */
  @Test
  void theNodesIoThreadsDoNotPreemptTheirWorkers() throws IOException {
    List<Integer> policies = new ArrayList<>();
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
      for (Path task : tasks) {
        if (Files.readString(task.resolve("comm")).startsWith("default I/O-")) {
          String stat = Files.readString(task.resolve("stat"));
          policies.add(Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[38]));
        }
      }
    }
    assertFalse(policies.isEmpty(), "Undertow's I/O threads are found by their names");
    assertEquals(Collections.nCopies(policies.size(), 3), policies, "all SCHED_BATCH (3)");
  }

  private static Statistics stats(EntityManagerFactory emf) {
    Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
    assertTrue(statistics.isStatisticsEnabled(), "hibernate.generate_statistics must be on");
    return statistics;
  }
}
