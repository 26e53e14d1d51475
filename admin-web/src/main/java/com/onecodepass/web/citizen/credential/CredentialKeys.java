package com.onecodepass.web.citizen.credential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The credential MAC key, shared by every node exactly as the data keys are (PersonalDataVault):
 * production is given {@code ocp.citizen.credential.key} (base64, 32 bytes; optionally {@code
 * ocp.citizen.credential.previous-key} while rotating); demo mode keeps a generated key in the
 * shared data folder ({@code ocp.data.dir}/keys/citizen-credential.key). Never a per-node random
 * key: a citizen signed in through one node would be signed out by the next.
 */
final class CredentialKeys {

  static final String KEY = "ocp.citizen.credential.key";
  static final String PREVIOUS_KEY = "ocp.citizen.credential.previous-key";

  private CredentialKeys() {}

  static List<byte[]> load() {
    List<byte[]> keys = new ArrayList<>();
    Optional<String> given = setting(KEY);
    if (given.isPresent()) {
      keys.add(decode(given.get(), KEY));
    } else if ("demo".equalsIgnoreCase(setting("ocp.mode").orElse("production"))) {
      keys.add(loadOrCreate(dataDir().resolve("keys").resolve("citizen-credential.key")));
    } else {
      throw new IllegalStateException(KEY + " is not set; production needs the credential key");
    }
    setting(PREVIOUS_KEY).ifPresent(k -> keys.add(decode(k, PREVIOUS_KEY)));
    return keys;
  }

  static byte[] loadOrCreate(Path file) {
    if (!Files.exists(file)) {
      try {
        create(file);
      } catch (FileAlreadyExistsException raced) {
        // Another node created it first: use theirs.
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot create credential key " + file, e);
      }
    }
    try {
      return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read credential key " + file, e);
    }
  }

  private static void create(Path file) throws IOException {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    // Written aside and moved into place without replacing: a concurrent creator loses the race
    // with FileAlreadyExistsException and reads the winner's key.
    Path tmp =
        dir.getFileSystem().supportedFileAttributeViews().contains("posix")
            ? Files.createTempFile(
                dir,
                "credential",
                ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
            : Files.createTempFile(dir, "credential", ".tmp");
    try {
      Files.writeString(tmp, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
      Files.move(tmp, file);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static byte[] decode(String b64, String name) {
    try {
      byte[] key = Base64.getDecoder().decode(b64.strip());
      if (key.length != 32) {
        throw new IllegalStateException(name + " must be 32 bytes");
      }
      return key;
    } catch (IllegalArgumentException e) {
      // Without the cause: its message can quote part of the key.
      throw new IllegalStateException(name + " is not valid base64");
    }
  }

  private static Path dataDir() {
    return Path.of(
        setting("ocp.data.dir").orElse(System.getProperty("jboss.server.data.dir", "data")));
  }

  static Optional<String> setting(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      value = System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
    }
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }
}
