package com.onecodepass.codeissue.citizen.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BlindIndexTest {

  private static byte[] key(int fill) {
    byte[] k = new byte[32];
    Arrays.fill(k, (byte) fill);
    return k;
  }

  private final BlindIndex index = new BlindIndex(key(1));

  @Test
  void isDeterministicAnd32Bytes() {
    byte[] a = index.of("11010519491231002X");

    assertThat(a).hasSize(32).isEqualTo(index.of("11010519491231002X"));
    assertThat(new BlindIndex(key(1)).of("11010519491231002X")).isEqualTo(a);
  }

  @Test
  void dependsOnTheKey() {
    assertThat(new BlindIndex(key(2)).of("11010519491231002X"))
        .isNotEqualTo(index.of("11010519491231002X"));
  }

  @Test
  void dependsOnTheValue() {
    assertThat(index.of("13812341234")).isNotEqualTo(index.of("13812341235"));
    assertThat(index.of("张三")).isNotEqualTo(index.of("张四"));
  }

  @Test
  void isSafeToShareBetweenThreads() {
    byte[] expected = index.of("13812341234");

    assertThat(IntStream.range(0, 500).parallel().mapToObj(i -> index.of("13812341234")))
        .allSatisfy(b -> assertThat(b).isEqualTo(expected));
  }

  @Test
  void keyMustBe32Bytes() {
    assertThatThrownBy(() -> new BlindIndex(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
