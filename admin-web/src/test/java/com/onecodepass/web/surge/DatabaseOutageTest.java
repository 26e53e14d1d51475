package com.onecodepass.web.surge;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.HeuristicMixedException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
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
