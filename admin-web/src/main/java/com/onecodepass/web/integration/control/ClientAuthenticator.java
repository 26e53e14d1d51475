package com.onecodepass.web.integration.control;

import com.onecodepass.web.integration.entity.ApiCaller;
import com.onecodepass.web.integration.entity.Credentials;
import com.onecodepass.web.integration.entity.IntegrationException;
import com.onecodepass.web.integration.entity.Problem;
import com.onecodepass.web.integration.entity.Scope;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sql.DataSource;
import org.mindrot.jbcrypt.BCrypt;

/**
 * Checks client id and secret against the bcrypt hash in {@code api_client}. bcrypt is slow on
 * purpose (~50 ms), too slow for every request of a busy lab, so a successful check is remembered
 * for 30 s as a salted SHA-256 of the secret (never the secret). A disabled client or a rotated
 * secret therefore takes effect within 30 s on every node, at once on the node that changed it.
 * Failed checks count against the caller's address: brute force meets the rate limit, and while an
 * address is over it nothing from there is checked at all, not even a remembered secret, so the
 * right secret cannot be found (or confirmed) by a guesser who keeps going.
 */
@ApplicationScoped
public class ClientAuthenticator {

  private static final long REMEMBER_MILLIS = 30_000;
  private static final int FAILURE_WINDOW = 60;
  // A valid hash to compare against when the client id is unknown: same cost, no timing oracle.
  private static final String DUMMY_HASH = BCrypt.hashpw("no-such-client", BCrypt.gensalt(10));

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  @Inject RateLimiter limiter;

  private final byte[] pepper = new SecureRandom().generateSeed(16);
  private final ConcurrentMap<String, Remembered> remembered = new ConcurrentHashMap<>();

  private record Remembered(byte[] digest, ApiCaller caller, long until) {}

  public ApiCaller authenticate(Credentials credentials) {
    limiter.refuseIfExhausted(
        failuresOf(credentials), ApiSettings.failedAuthPerAddressPerMinute(), FAILURE_WINDOW);
    if (!credentials.present()) {
      throw new IntegrationException(Problem.UNAUTHORIZED, "HTTP Basic credentials required");
    }
    byte[] digest = digest(credentials.secret());
    Remembered known = remembered.get(credentials.clientId());
    if (known != null
        && known.until > System.currentTimeMillis()
        && MessageDigest.isEqual(known.digest, digest)) {
      return withAddress(known.caller, credentials.address());
    }
    ApiCaller caller = check(credentials);
    remembered.put(
        credentials.clientId(),
        new Remembered(digest, caller, System.currentTimeMillis() + REMEMBER_MILLIS));
    return withAddress(caller, credentials.address());
  }

  /** Drops what this node remembers of a client (after a rotation or when it is disabled). */
  public void forget(String clientId) {
    remembered.remove(clientId);
  }

  private ApiCaller check(Credentials credentials) {
    // Every bcrypt check costs CPU: bound them per address, so a flood cannot burn the node.
    limiter.acquire(
        "bcrypt:" + credentials.address(), ApiSettings.failedAuthPerAddressPerMinute() * 4, 60);
    String hash = null;
    String scopes = null;
    int perSecond = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT secret_hash, scopes, requests_per_second FROM api_client"
                    + " WHERE client_id = ? AND enabled = TRUE")) {
      select.setString(1, credentials.clientId());
      try (ResultSet row = select.executeQuery()) {
        if (row.next()) {
          hash = row.getString(1);
          scopes = row.getString(2);
          perSecond = row.getInt(3);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read api_client", e);
    }
    boolean ok = BCrypt.checkpw(credentials.secret(), hash == null ? DUMMY_HASH : hash);
    if (!ok || hash == null) {
      limiter.acquire(
          failuresOf(credentials), ApiSettings.failedAuthPerAddressPerMinute(), FAILURE_WINDOW);
      throw new IntegrationException(Problem.UNAUTHORIZED, "unknown client or wrong secret");
    }
    return new ApiCaller(credentials.clientId(), Scope.parse(scopes), perSecond, null);
  }

  private static String failuresOf(Credentials credentials) {
    return "auth-fail:" + credentials.address();
  }

  private static ApiCaller withAddress(ApiCaller caller, String address) {
    return new ApiCaller(caller.clientId(), caller.scopes(), caller.requestsPerSecond(), address);
  }

  private byte[] digest(String secret) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(pepper);
      return sha.digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
