package com.onecodepass.codeissue.token.control;

import com.onecodepass.codeissue.platform.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The signing keys of this node. Every node of a cluster reads the same key directory ({@code
 * ocp.signing.keys.dir}); only demo mode may create a first key by itself.
 */
@ApplicationScoped
public class SigningKeys {

  private volatile KeyRing ring;
  private Duration tokenLifetime;
  private Duration grace;

  @PostConstruct
  void load() {
    Path dir =
        Settings.get("ocp.signing.keys.dir")
            .map(Path::of)
            .orElse(Settings.dataDir().resolve("keys").resolve("signing"));
    ring = Settings.demoMode() ? KeyRing.loadOrCreate(dir) : KeyRing.loadFrom(dir);
    ring.active(); // fails the deployment now rather than at the first code view
    tokenLifetime = Duration.ofSeconds(Settings.getInt("ocp.token.lifetime.seconds", 60));
    grace = Duration.ofSeconds(Settings.getInt("ocp.token.grace.seconds", 15));
  }

  public KeyRing ring() {
    return ring;
  }

  public Duration tokenLifetime() {
    return tokenLifetime;
  }

  public Duration grace() {
    return grace;
  }
}
