package com.onecodepass.codeissue.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Deployment settings: a system property ({@code ocp.foo.bar}) wins over an environment variable
 * ({@code OCP_FOO_BAR}). The server configuration and run.sh set them, never the code.
 */
public final class Settings {

  private Settings() {}

  public static Optional<String> get(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      value = System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
    }
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }

  public static String get(String name, String fallback) {
    return get(name).orElse(fallback);
  }

  public static int getInt(String name, int fallback) {
    return get(name).map(Integer::parseInt).orElse(fallback);
  }

  public static boolean getBoolean(String name) {
    return get(name).map(Boolean::parseBoolean).orElse(false);
  }

  /** Demo mode may generate missing keys into the data folder; production must be given them. */
  public static boolean demoMode() {
    return "demo".equalsIgnoreCase(get("ocp.mode", "production"));
  }

  public static Path dataDir() {
    return Path.of(get("ocp.data.dir", System.getProperty("jboss.server.data.dir", "data")));
  }
}
