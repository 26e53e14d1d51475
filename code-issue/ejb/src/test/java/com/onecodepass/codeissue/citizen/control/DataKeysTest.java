package com.onecodepass.codeissue.citizen.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataKeysTest {

  @TempDir Path temp;

  private static String b64(int fill, int length) {
    byte[] k = new byte[length];
    Arrays.fill(k, (byte) fill);
    return Base64.getEncoder().encodeToString(k);
  }

  @Test
  void decodesTwo32ByteKeys() {
    DataKeys keys = DataKeys.fromBase64(b64(1, 32), b64(2, 32));

    assertThat(keys.encryptionKey()).hasSize(32).containsOnly(1);
    assertThat(keys.blindIndexKey()).hasSize(32).containsOnly(2);
    assertThat(keys).isEqualTo(DataKeys.fromBase64(b64(1, 32), b64(2, 32)));
  }

  @Test
  void rejectsWrongLengthsEqualKeysAndBadBase64() {
    assertThatThrownBy(() -> DataKeys.fromBase64(b64(1, 16), b64(2, 32)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DataKeys.fromBase64(b64(1, 32), b64(2, 33)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DataKeys.fromBase64(b64(1, 32), b64(1, 32)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("differ");
    assertThatThrownBy(() -> DataKeys.fromBase64("not*base64", b64(2, 32)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("not*base64");
    assertThatThrownBy(() -> DataKeys.fromBase64(null, b64(2, 32)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keysCannotBeChangedThroughAccessors() {
    DataKeys keys = DataKeys.fromBase64(b64(1, 32), b64(2, 32));
    keys.encryptionKey()[0] = 9;

    assertThat(keys.encryptionKey()[0]).isEqualTo((byte) 1);
    assertThat(keys.toString()).doesNotContain(b64(1, 32)).doesNotContain("1, 1");
  }

  @Test
  void loadOrCreateCreatesRandomKeysOnceAndReloadsThem() throws IOException {
    Path file = temp.resolve("conf/datakeys.properties");

    DataKeys created = DataKeys.loadOrCreate(file);
    DataKeys reloaded = DataKeys.loadOrCreate(file);

    assertThat(reloaded).isEqualTo(created);
    assertThat(created.encryptionKey()).isNotEqualTo(created.blindIndexKey());
    Properties p = new Properties();
    try (var in = Files.newBufferedReader(file)) {
      p.load(in);
    }
    assertThat(p.stringPropertyNames()).containsExactlyInAnyOrder("encryption", "blindIndex");
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
    }
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void twoFilesGetDifferentKeys() {
    assertThat(DataKeys.loadOrCreate(temp.resolve("a")))
        .isNotEqualTo(DataKeys.loadOrCreate(temp.resolve("b")));
  }

  @Test
  void readsAnExistingFile() throws IOException {
    Path file = temp.resolve("keys.properties");
    Files.writeString(file, "encryption=" + b64(3, 32) + "\nblindIndex=" + b64(4, 32) + "\n");

    assertThat(DataKeys.loadOrCreate(file)).isEqualTo(DataKeys.fromBase64(b64(3, 32), b64(4, 32)));
  }

  @Test
  void keysWorkWithTheCipherAndIndex() {
    DataKeys keys = DataKeys.fromBase64(b64(1, 32), b64(2, 32));

    assertThat(keys.cipher().decrypt(keys.cipher().encrypt("张三"))).isEqualTo("张三");
    assertThat(keys.blindIndex().of("x")).hasSize(32);
  }
}
