package com.onecodepass.codeissue.token.control;

import com.onecodepass.codeissue.platform.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The signing keys of this node. Every node of a cluster reads the same key directory ({@code
 * ocp.signing.keys.dir}); only demo mode may create a first key by itself.
 */
@ApplicationScoped
public class SigningKeys {

  private static final Duration RELOAD = Duration.ofSeconds(60);

  private volatile KeyRing ring;
  private volatile Instant loadedAt;
  private Path dir;
  private Duration tokenLifetime;
  private Duration grace;

  @PostConstruct
  void load() {
    dir =
        Settings.get("ocp.signing.keys.dir")
            .map(Path::of)
            .orElse(Settings.dataDir().resolve("keys").resolve("signing"));
    ring = Settings.demoMode() ? KeyRing.loadOrCreate(dir) : KeyRing.loadFrom(dir);
    loadedAt = Instant.now();
    ring.active(); // fails the deployment now rather than at the first code view
    tokenLifetime = Duration.ofSeconds(Settings.getInt("ocp.token.lifetime.seconds", 60));
    grace = Duration.ofSeconds(Settings.getInt("ocp.token.grace.seconds", 15));
  }

  /** The keys, re-read from the shared directory once a minute so rotations reach every node. */
  public KeyRing ring() {
    if (Instant.now().isAfter(loadedAt.plus(RELOAD))) {
      loadedAt = Instant.now();
      KeyRing reloaded = KeyRing.loadFrom(dir);
      if (!reloaded.keys().isEmpty()) {
        ring = reloaded;
      }
    }
    return ring;
  }

  public Duration tokenLifetime() {
    return tokenLifetime;
  }

  public Duration grace() {
    return grace;
  }
}
