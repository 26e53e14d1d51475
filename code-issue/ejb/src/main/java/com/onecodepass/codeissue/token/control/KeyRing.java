package com.onecodepass.codeissue.token.control;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The Ed25519 keys that sign and verify code tokens, newest first. Rotation adds a key and keeps
 * the old ones, so codes already on people's phones stay verifiable until they expire.
 *
 * <p>On disk each key is a small text file {@code <kid>.ed25519} with {@code created=}, {@code
 * private=} (base64 PKCS#8) and {@code public=} (base64 X.509) lines; a file without {@code
 * private=} is a retired, verify-only key.
 */
public final class KeyRing {

  private static final String ALGORITHM = "Ed25519";
  private static final String SUFFIX = ".ed25519";
  private static final Comparator<SigningKey> NEWEST_FIRST =
      Comparator.comparing(SigningKey::createdAt).reversed().thenComparing(SigningKey::kid);

  private final List<SigningKey> keys;

  private KeyRing(List<SigningKey> keys) {
    // One entry per kid; if a key is present twice, the copy that can sign wins.
    Map<String, SigningKey> byKid = new LinkedHashMap<>();
    for (SigningKey k : keys) {
      byKid.merge(k.kid(), k, (a, b) -> a.canSign() ? a : b);
    }
    this.keys =
        byKid.values().stream().sorted(NEWEST_FIRST).collect(Collectors.toUnmodifiableList());
  }

  public static KeyRing generateInMemory() {
    return new KeyRing(List.of(generate(Instant.now())));
  }

  /** Reads every {@code *.ed25519} file in dir; a missing dir gives an empty ring. */
  public static KeyRing loadFrom(Path dir) {
    List<SigningKey> keys = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
        for (Path file : files) {
          keys.add(read(file));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read signing keys from " + dir, e);
      }
    }
    return new KeyRing(keys);
  }

  public static KeyRing loadOrCreate(Path dir) {
    KeyRing ring = loadFrom(dir);
    return ring.hasSigner() ? ring : ring.rotate(dir);
  }

  /** Generates and stores a new key that signs from now on; returns the ring with it added. */
  public KeyRing rotate(Path dir) {
    return rotate(dir, Duration.ZERO);
  }

  /**
   * Generates and stores a key that starts signing only after {@code activationDelay}: every node,
   * and every verifier refreshing the published keys, learns the public key first, so no token is
   * ever signed by a key a verifier has not seen.
   */
  public KeyRing rotate(Path dir, Duration activationDelay) {
    Instant now = Instant.now().plus(activationDelay);
    // Keep "newest" unambiguous even if the clock has not moved since the last key.
    if (!keys.isEmpty() && !now.isAfter(keys.get(0).createdAt())) {
      now = keys.get(0).createdAt().plusNanos(1);
    }
    SigningKey key = generate(now);
    write(dir, key);
    List<SigningKey> all = new ArrayList<>(keys);
    all.add(key);
    return new KeyRing(all);
  }

  public SigningKey active() {
    return active(Instant.now());
  }

  /** The newest key that can sign and whose activation time has come. */
  public SigningKey active(Instant now) {
    return keys.stream()
        .filter(SigningKey::canSign)
        .filter(k -> !k.createdAt().isAfter(now))
        .findFirst()
        .or(() -> keys.stream().filter(SigningKey::canSign).reduce((newer, older) -> older))
        .orElseThrow(() -> new IllegalStateException("Key ring has no signing key"));
  }

  public Optional<PublicKey> publicKey(String kid) {
    return keys.stream().filter(k -> k.kid().equals(kid)).map(SigningKey::publicKey).findFirst();
  }

  public List<SigningKey> keys() {
    return keys;
  }

  /** RFC 8037 JWK set of all public keys, for verifiers outside this application. */
  public String jwksJson() {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    // kid and x are base64url, so they never need JSON escaping.
    return keys.stream()
        .map(
            k ->
                "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"use\":\"sig\",\"alg\":\"EdDSA\",\"kid\":\""
                    + k.kid()
                    + "\",\"x\":\""
                    + b64.encodeToString(k.rawPublicKey())
                    + "\"}")
        .collect(Collectors.joining(",", "{\"keys\":[", "]}"));
  }

  private boolean hasSigner() {
    return keys.stream().anyMatch(SigningKey::canSign);
  }

  private static SigningKey generate(Instant createdAt) {
    try {
      KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
      return SigningKey.of(pair.getPrivate(), pair.getPublic(), createdAt);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Ed25519 is built into JDK 15+", e);
    }
  }

  private static SigningKey read(Path file) {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read signing key " + file, e);
    }
    try {
      KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
      Base64.Decoder b64 = Base64.getDecoder();
      PublicKey publicKey =
          factory.generatePublic(
              new X509EncodedKeySpec(b64.decode(required(p, "public", file).strip())));
      String privateB64 = p.getProperty("private");
      PrivateKey privateKey =
          privateB64 == null || privateB64.isBlank()
              ? null
              : factory.generatePrivate(new PKCS8EncodedKeySpec(b64.decode(privateB64.strip())));
      Instant created = Instant.parse(required(p, "created", file).strip());
      return SigningKey.of(privateKey, publicKey, created);
    } catch (GeneralSecurityException | IllegalArgumentException | DateTimeParseException e) {
      throw new IllegalStateException("Corrupt signing key file " + file, e);
    }
  }

  private static String required(Properties p, String name, Path file) {
    String value = p.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("Signing key file " + file + " has no " + name + "=");
    }
    return value;
  }

  private static void write(Path dir, SigningKey key) {
    Base64.Encoder b64 = Base64.getEncoder();
    // Written by hand: Properties.store would backslash-escape the ':' of the timestamp.
    String text =
        "# One Code Pass token signing key. Keep secret; delete the private= line to retire it.\n"
            + "created="
            + key.createdAt()
            + "\nprivate="
            + b64.encodeToString(key.privateKey().getEncoded())
            + "\npublic="
            + b64.encodeToString(key.publicKey().getEncoded())
            + "\n";
    try {
      createPrivateDirectories(dir);
      // Write aside and rename, so a crash never leaves a half-written *.ed25519 that would stop
      // the next start; a stray .tmp is ignored by loadFrom.
      Path tmp = Files.createTempFile(dir, key.kid(), ".tmp", ownerOnly(dir, "rw-------"));
      try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.US_ASCII)) {
        out.write(text);
      }
      Files.move(tmp, dir.resolve(key.kid() + SUFFIX), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write signing key to " + dir, e);
    }
  }

  private static void createPrivateDirectories(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      Path parent = dir.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.createDirectories(dir, ownerOnly(parent, "rwx------"));
    }
  }

  private static FileAttribute<?>[] ownerOnly(Path near, String permissions) {
    boolean posix =
        near != null && near.getFileSystem().supportedFileAttributeViews().contains("posix");
    return posix
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        }
        : new FileAttribute<?>[0];
  }
}
