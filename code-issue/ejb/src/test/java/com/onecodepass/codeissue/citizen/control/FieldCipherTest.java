package com.onecodepass.codeissue.citizen.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldCipherTest {

  private static byte[] randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }

  private final FieldCipher cipher = new FieldCipher(randomKey());

  @ParameterizedTest
  @ValueSource(strings = {"", "张小三", "11010519491231002X", "13812341234", "𠮷野 Li Wei"})
  void roundTrips(String plaintext) {
    byte[] sealed = cipher.encrypt(plaintext);

    assertThat(cipher.decrypt(sealed)).isEqualTo(plaintext);
    assertThat(sealed)
        .hasSize(1 + 12 + plaintext.getBytes(StandardCharsets.UTF_8).length + 16)
        .startsWith((byte) 1);
  }

  @Test
  void acceptsASecretKey() {
    byte[] key = randomKey();
    byte[] sealed = new FieldCipher(new SecretKeySpec(key, "AES")).encrypt("张三");

    assertThat(new FieldCipher(key).decrypt(sealed)).isEqualTo("张三");
  }

  @Test
  void samePlaintextGivesDifferentCiphertext() {
    byte[] a = cipher.encrypt("11010519491231002X");
    byte[] b = cipher.encrypt("11010519491231002X");

    assertThat(a).isNotEqualTo(b);
    assertThat(Arrays.copyOfRange(a, 1, 13)).isNotEqualTo(Arrays.copyOfRange(b, 1, 13));
  }

  @Test
  void ciphertextDoesNotContainThePlaintext() {
    String plaintext = "11010519491231002X";
    byte[] needle = plaintext.getBytes(StandardCharsets.UTF_8);
    byte[] sealed = cipher.encrypt(plaintext);

    for (int i = 0; i + needle.length <= sealed.length; i++) {
      assertThat(Arrays.copyOfRange(sealed, i, i + needle.length)).isNotEqualTo(needle);
    }
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("19491231");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 12, 13, 20, 33})
  void tamperingAnyByteIsDetected(int index) {
    byte[] sealed = cipher.encrypt("张小三 13812341234");
    sealed[index] ^= 0x01;

    assertThatThrownBy(() -> cipher.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void truncationIsDetected() {
    byte[] sealed = cipher.encrypt("张小三");

    assertThatThrownBy(() -> cipher.decrypt(Arrays.copyOf(sealed, sealed.length - 1)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> cipher.decrypt(Arrays.copyOf(sealed, 20)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> cipher.decrypt(new byte[0])).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anotherKeyCannotDecrypt() {
    byte[] sealed = cipher.encrypt("张小三");

    assertThatThrownBy(() -> new FieldCipher(randomKey()).decrypt(sealed))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void keyMustBe32Bytes() {
    assertThatThrownBy(() -> new FieldCipher(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isSafeToShareBetweenThreads() {
    assertThat(
            java.util.stream.IntStream.range(0, 500)
                .parallel()
                .mapToObj(i -> "value-" + i)
                .allMatch(s -> cipher.decrypt(cipher.encrypt(s)).equals(s)))
        .isTrue();
  }
}
