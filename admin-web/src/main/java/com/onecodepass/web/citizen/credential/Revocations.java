package com.onecodepass.web.citizen.credential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;

/**
 * The deny-list: credentials that are still signed and unexpired but no longer honoured. Two kinds
 * of entry, each kept only as long as a credential it refuses could still be presented (one
 * credential lifetime after the revocation, since a renewal before it could not reach further):
 *
 * <ul>
 *   <li>{@code id:<credential id>} — that sign-in was signed out (every renewed copy shares the
 *       id);
 *   <li>{@code nb:<citizen id>} → epoch second — every sign-in of that citizen at or before it is
 *       refused (account locked, "sign out everywhere").
 * </ul>
 *
 * Revocations are rare and small (tens of bytes), so the cache is replicated: the check on every
 * citizen request reads the node's own copy, never the network. A write reaches every node
 * synchronously before {@link #revoke} returns.
 */
@ApplicationScoped
public class Revocations {

  @Inject @RevokedCredentials Cache<String, Long> denied;

  public void revoke(CitizenCredential credential, long lifetimeSeconds) {
    denied.put("id:" + credential.id(), credential.citizenId(), lifetimeSeconds, TimeUnit.SECONDS);
  }

  public void signOutEverywhere(long citizenId, long now, long lifetimeSeconds) {
    denied.put("nb:" + citizenId, now, lifetimeSeconds, TimeUnit.SECONDS);
  }

  public boolean isRevoked(CitizenCredential credential) {
    if (denied.containsKey("id:" + credential.id())) {
      return true;
    }
    Long notBefore = denied.get("nb:" + credential.citizenId());
    return notBefore != null && credential.signedInAt() <= notBefore;
  }
}
