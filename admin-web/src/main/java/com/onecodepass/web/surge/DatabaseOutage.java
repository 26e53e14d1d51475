package com.onecodepass.web.surge;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Recognises "the database cannot be reached" in a failure: in its causes and in their suppressed
 * exceptions. The second matters when the connection breaks during a commit: the transaction
 * manager then throws a heuristic exception without a cause and attaches the resource's failure
 * (IronJacamar's LocalXAException, then the driver's CommunicationsException) as suppressed —
 * measured in the database-outage drill, where such a check-in was answered 500 before.
 */
public final class DatabaseOutage {

  private static final int MAX_EXCEPTIONS = 64;

  private DatabaseOutage() {}

  public static boolean causedBy(Throwable failure) {
    for (Throwable t : chain(failure)) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException
          || galeraNotReady(t)
          || serverGoingAway(t)
          || conflictToRetry(t)) {
        return true;
      }
      String name = t.getClass().getName();
      // Hibernate's and IronJacamar's wrappers when no connection could be had.
      if (name.endsWith(".JDBCConnectionException") || name.endsWith(".ResourceException")) {
        return true;
      }
      String message = String.valueOf(t.getMessage());
      if (message.contains("Unable to acquire JDBC Connection")
          || message.contains("Could not open JPA EntityManager")
          || message.contains("IJ000453")
          || message.contains("IJ031084")) {
        return true;
      }
    }
    return false;
  }

  // A Galera node outside the primary component (quorum lost) accepts connections but answers
  // every statement with 1047 "WSREP has not yet prepared node for application use".
  private static boolean galeraNotReady(Throwable t) {
    return t instanceof SQLException e && e.getErrorCode() == 1047;
  }

  // A server shutting down (or a connection it killed on the way) aborts the statement in flight:
  // 1053 "Server shutdown in progress", 1927 "Connection was killed", 1317 "Query execution was
  // interrupted" (SQLState 70100, which Connector/J maps to a plain SQLNonTransientException, not
  // a connection failure). The transaction is rolled back with it; the database-outage drill met
  // one as a 500 among the check-ins that overlapped the shutdown.
  //
  // When the server goes away between two statements of a transaction, the pool may close the
  // broken connection's statements under the thread still using them: Connector/J then answers
  // "No operations allowed after statement closed." with a general SQLState (S1009), not a
  // connection failure — met once in the database-outage drill, between a check-in group's insert
  // and its counters. The transaction cannot commit on that connection, so nothing was recorded.
  private static boolean serverGoingAway(Throwable t) {
    if (!(t instanceof SQLException e)) {
      return false;
    }
    int code = e.getErrorCode();
    return code == 1053
        || code == 1927
        || code == 1317
        || "70100".equals(e.getSQLState())
        || String.valueOf(e.getMessage())
            .startsWith("No operations allowed after statement closed");
  }

  // A deadlock, or a Galera certification failure (another node committed a conflicting write
  // first; it is reported as a deadlock): nothing was recorded, and the same request with the
  // same idempotency key is safe to send again, so the caller gets 503 + Retry-After, not a 500.
  private static boolean conflictToRetry(Throwable t) {
    return t instanceof SQLTransactionRollbackException
        || (t instanceof SQLException e && e.getErrorCode() == 1213);
  }

  /**
   * Whether the database was lost while a transaction was being committed: its outcome is then
   * unknown to this node (it may have been recorded), unlike a failure before the commit.
   */
  public static boolean duringCommit(Throwable failure) {
    for (Throwable t : chain(failure)) {
      if (t instanceof HeuristicMixedException || t instanceof HeuristicRollbackException) {
        return true;
      }
    }
    return false;
  }

  /** The failure, its causes and their suppressed exceptions, each once, breadth first. */
  private static Iterable<Throwable> chain(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> todo = new ArrayDeque<>();
    if (failure != null) {
      todo.add(failure);
    }
    while (!todo.isEmpty() && seen.size() < MAX_EXCEPTIONS) {
      Throwable t = todo.poll();
      if (seen.add(t)) {
        if (t.getCause() != null) {
          todo.add(t.getCause());
        }
        Collections.addAll(todo, t.getSuppressed());
      }
    }
    return seen;
  }
}
