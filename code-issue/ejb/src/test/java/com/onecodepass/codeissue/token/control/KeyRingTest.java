package com.onecodepass.codeissue.token.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRingTest {

  @TempDir Path temp;

  private List<Path> keyFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".ed25519")).collect(Collectors.toList());
    }
  }

  @Test
  void loadOrCreateCreatesOneKeyAndReloadsIt() throws IOException {
    Path dir = temp.resolve("keys/signing");

    KeyRing created = KeyRing.loadOrCreate(dir);
    KeyRing reloaded = KeyRing.loadOrCreate(dir);

    assertThat(keyFiles(dir))
        .singleElement()
        .satisfies(
            f -> assertThat(f.getFileName()).hasToString(created.active().kid() + ".ed25519"));
    assertThat(reloaded.keys()).hasSize(1);
    assertThat(reloaded.active().kid()).isEqualTo(created.active().kid());
    assertThat(reloaded.active().createdAt()).isEqualTo(created.active().createdAt());
    assertThat(created.active().kid()).matches("[A-Za-z0-9_-]{8}");
  }

  @Test
  void keyFilesAreOwnerOnly() throws IOException {
    Path dir = temp.resolve("keys");
    KeyRing.loadOrCreate(dir);
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFiles(dir).get(0))))
          .isEqualTo("rw-------");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
          .isEqualTo("rwx------");
    }
  }

  @Test
  void rotateAddsANewActiveKey() {
    KeyRing first = KeyRing.loadOrCreate(temp);
    String oldKid = first.active().kid();

    KeyRing rotated = first.rotate(temp);
    KeyRing reloaded = KeyRing.loadFrom(temp);

    for (KeyRing r : List.of(rotated, reloaded)) {
      assertThat(r.keys()).hasSize(2);
      assertThat(r.active().kid()).isNotEqualTo(oldKid).isEqualTo(rotated.active().kid());
      assertThat(r.keys().get(0)).isEqualTo(r.active());
      assertThat(r.publicKey(oldKid)).isPresent();
    }
    assertThat(first.keys()).hasSize(1);
  }

  @Test
  void jwksListsEveryKey() {
    KeyRing ring = KeyRing.loadOrCreate(temp).rotate(temp);

    String jwks = ring.jwksJson();

    assertThat(jwks).startsWith("{\"keys\":[").endsWith("]}");
    for (SigningKey k : ring.keys()) {
      String x = Base64.getUrlEncoder().withoutPadding().encodeToString(k.rawPublicKey());
      assertThat(jwks).contains("\"kid\":\"" + k.kid() + "\"", "\"x\":\"" + x + "\"");
    }
    Matcher xs = Pattern.compile("\"x\":\"([^\"]*)\"").matcher(jwks);
    int count = 0;
    while (xs.find()) {
      assertThat(xs.group(1)).matches("[A-Za-z0-9_-]{43}");
      count++;
    }
    assertThat(count).isEqualTo(2);
    assertThat(jwks).contains("\"kty\":\"OKP\"", "\"crv\":\"Ed25519\"", "\"alg\":\"EdDSA\"");
  }

  @Test
  void fileWithoutPrivateKeyIsVerifyOnly() throws IOException {
    KeyRing first = KeyRing.loadOrCreate(temp);
    String oldKid = first.active().kid();
    Path oldFile = temp.resolve(oldKid + ".ed25519");
    String withoutPrivate =
        Files.readAllLines(oldFile).stream()
            .filter(l -> !l.startsWith("private="))
            .collect(Collectors.joining("\n"));
    Files.writeString(oldFile, withoutPrivate);

    KeyRing retired = KeyRing.loadFrom(temp);

    assertThat(retired.keys()).singleElement().satisfies(k -> assertThat(k.canSign()).isFalse());
    assertThat(retired.publicKey(oldKid)).isPresent();
    assertThatThrownBy(retired::active).isInstanceOf(IllegalStateException.class);

    KeyRing healed = KeyRing.loadOrCreate(temp);
    assertThat(healed.keys()).hasSize(2);
    assertThat(healed.active().kid()).isNotEqualTo(oldKid);
  }

  @Test
  void missingDirectoryGivesAnEmptyRing() {
    KeyRing empty = KeyRing.loadFrom(temp.resolve("nope"));

    assertThat(empty.keys()).isEmpty();
    assertThat(empty.publicKey("AAAAAAAA")).isEmpty();
    assertThat(empty.jwksJson()).isEqualTo("{\"keys\":[]}");
    assertThatThrownBy(empty::active).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void corruptFileFailsLoudly() throws IOException {
    Files.writeString(temp.resolve("broken.ed25519"), "created=yesterday\npublic=!!!\n");

    assertThatThrownBy(() -> KeyRing.loadFrom(temp))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("broken.ed25519");
  }

  @Test
  void mismatchedKeyHalvesAreRejected() {
    SigningKey a = KeyRing.generateInMemory().active();
    SigningKey b = KeyRing.generateInMemory().active();

    assertThatThrownBy(() -> SigningKey.of(a.privateKey(), b.publicKey(), a.createdAt()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SigningKey(b.kid(), null, a.publicKey(), a.createdAt()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringShowsNoKeyMaterial() {
    SigningKey k = KeyRing.generateInMemory().active();

    assertThat(k.toString())
        .contains(k.kid())
        .doesNotContain(Base64.getEncoder().encodeToString(k.privateKey().getEncoded()));
  }

  @Test
  void aDelayedKeyIsPublishedAtOnceButSignsOnlyAfterItsActivation(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    KeyRing first = KeyRing.loadOrCreate(dir);
    String oldKid = first.active().kid();
    KeyRing rotated = first.rotate(dir, java.time.Duration.ofMinutes(2));
    String newKid = rotated.keys().get(0).kid();

    assertThat(rotated.jwksJson()).contains(oldKid, newKid);
    assertThat(rotated.active().kid()).isEqualTo(oldKid);
    assertThat(rotated.active(java.time.Instant.now().plus(java.time.Duration.ofMinutes(3))).kid())
        .isEqualTo(newKid);
    assertThat(KeyRing.loadFrom(dir).active().kid()).isEqualTo(oldKid);
  }
}
