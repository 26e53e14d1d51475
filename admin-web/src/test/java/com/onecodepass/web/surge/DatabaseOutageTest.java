package com.onecodepass.web.surge;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.HeuristicMixedException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

  @Test
  void noConnectionBeforeTheWorkIsAnOutageAndNothingWasRecorded() {
    EJBException failure =
        new EJBException(
            new PersistenceException(
                new SQLTransientConnectionException("IJ000453: Unable to get managed connection")));
    assertThat(DatabaseOutage.causedBy(failure)).isTrue();
    assertThat(DatabaseOutage.duringCommit(failure)).isFalse();
  }

  /**
   * The shape the database-outage drill met: the connection broke during a one-phase commit, the
   * transaction manager threw a heuristic exception without a cause and attached the resource's
   * failure as suppressed.
   */
  @Test
  void aConnectionLostDuringTheCommitIsAnOutageWithAnUnknownOutcome() {
    Exception xa = new Exception("IJ001156: Could not commit local transaction");
    xa.initCause(new SQLRecoverableException("Communications link failure", "08S01"));
    HeuristicMixedException heuristic = new HeuristicMixedException();
    heuristic.addSuppressed(xa);
    EJBException failure = new EJBException(heuristic);
    assertThat(DatabaseOutage.causedBy(failure)).isTrue();
    assertThat(DatabaseOutage.duringCommit(failure)).isTrue();
  }

  @Test
  void aGaleraNodeWithoutQuorumIsAnOutage() {
    SQLException notReady =
        new SQLException("WSREP has not yet prepared node for application use", "08S01", 1047);
    assertThat(DatabaseOutage.causedBy(new EJBException(new PersistenceException(notReady))))
        .isTrue();
  }

  @Test
  void aCertificationConflictIsRefusedForARetryNotAnError() {
    SQLException conflict =
        new SQLTransactionRollbackException(
            "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
    assertThat(DatabaseOutage.causedBy(new EJBException(new PersistenceException(conflict))))
        .isTrue();
    assertThat(DatabaseOutage.causedBy(new SQLException("Deadlock found", "40001", 1213))).isTrue();
  }

  @Test
  void aStatementCutOffByTheServerShuttingDownIsAnOutage() {
    SQLException shutdown = new SQLException("Server shutdown in progress", "08S01", 1053);
    SQLException killed = new SQLException("Connection was killed", "70100", 1927);
    SQLException interrupted = new SQLException("Query execution was interrupted", "70100", 1317);
    for (SQLException e : new SQLException[] {shutdown, killed, interrupted}) {
      assertThat(DatabaseOutage.causedBy(new EJBException(new PersistenceException(e))))
          .as(e.getMessage())
          .isTrue();
    }
  }

  @Test
  void aStatementTheBrokenPoolClosedUnderTheGroupIsAnOutage() {
    // The database-outage drill, 2026-12-07: the database went away between the group's insert and
    // its counter upsert; the pool had closed the connection's statements under the writer.
    SQLException closed =
        new SQLException("No operations allowed after statement closed.", "S1009");
    assertThat(
            DatabaseOutage.causedBy(
                new EJBException(new EJBException(new PersistenceException(closed)))))
        .isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    EJBException failure = new EJBException(new SQLException("Duplicate entry", "23000"));
    assertThat(DatabaseOutage.causedBy(failure)).isFalse();
    assertThat(DatabaseOutage.causedBy(new EJBException(new IllegalStateException()))).isFalse();
  }

  @Test
  void survivesCyclesInTheChain() {
    Exception a = new Exception("a");
    Exception b = new Exception("b", a);
    a.addSuppressed(b);
    assertThat(DatabaseOutage.causedBy(b)).isFalse();
  }
}
