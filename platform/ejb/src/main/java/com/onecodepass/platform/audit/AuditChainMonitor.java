package com.onecodepass.platform.audit;

import com.onecodepass.platform.api.AuditChainHealth;
import com.onecodepass.platform.audit.AuditChainWalk.Checkpoint;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Verifies the audit chain every minute so that tampering pages an operator (the alert on {@code
 * ocp_audit_chain_intact} in ops/prometheus) instead of waiting for someone to press the verify
 * button. Each walk starts where the last intact one ended, so a city-sized log costs one full walk
 * per node start and then only its new entries. Once a break is found it stays reported until the
 * node restarts: a break is never "healed" by later entries.
 */
@Singleton
@Startup
@DependsOn("PlatformSchema")
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditChainMonitor implements AuditChainHealth {

  private static final Logger LOG = Logger.getLogger(AuditChainMonitor.class.getName());

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  private final AtomicBoolean walking = new AtomicBoolean();
  private volatile Checkpoint checkpoint = Checkpoint.GENESIS;
  private volatile long checked;
  private volatile long verifiedAtMillis;
  private volatile Long firstBrokenId;

  @Schedule(hour = "*", minute = "*", persistent = false)
  void scheduled() {
    verifyNow();
  }

  /** Walks the entries added since the last walk; returns false if a walk was already running. */
  @Override
  public boolean verifyNow() {
    if (firstBrokenId != null || !walking.compareAndSet(false, true)) {
      return false;
    }
    try (Connection c = dataSource.getConnection()) {
      AuditChainWalk.Result result = AuditChainWalk.walkFrom(c, checkpoint);
      checked += result.checked();
      checkpoint = result.reached();
      result
          .firstBrokenId()
          .ifPresent(
              id -> {
                firstBrokenId = id;
                LOG.severe("Audit chain broken at entry " + id);
              });
      verifiedAtMillis = System.currentTimeMillis();
      return true;
    } catch (SQLException | RuntimeException e) {
      // Not a verdict on the chain: the staleness alert fires if this keeps failing.
      LOG.log(Level.WARNING, "Audit chain verification could not run", e);
      return false;
    } finally {
      walking.set(false);
    }
  }

  /** 1 while no break has been found (before the first walk too), else 0. */
  @Override
  public int intact() {
    return firstBrokenId == null ? 1 : 0;
  }

  @Override
  public long entriesChecked() {
    return checked;
  }

  /** When a walk last completed, in epoch seconds; 0 before the first one. */
  @Override
  public long verifiedAtSeconds() {
    return verifiedAtMillis / 1000;
  }
}
