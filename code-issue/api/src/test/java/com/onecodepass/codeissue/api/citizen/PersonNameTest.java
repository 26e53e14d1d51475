package com.onecodepass.codeissue.api.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onecodepass.codeissue.api.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

  @ParameterizedTest
  @CsvSource({
    "李, *",
    "张三, 张*",
    "张小三, 张*三",
    "欧阳娜娜, 欧**娜",
    "阿卜杜·热合曼, 阿*****曼",
    "Li Wei, L****i",
    "𠮷野, 𠮷*",
    "𠮷田太郎, 𠮷**郎"
  })
  void masks(String name, String masked) {
    PersonName parsed = PersonName.parse(name);
    assertThat(parsed.masked()).isEqualTo(masked);
    assertThat(parsed.toString()).isEqualTo(masked);
  }

  @Test
  void trimsIncludingIdeographicSpace() {
    assertThat(PersonName.parse("\u3000 张三 ").value()).isEqualTo("张三");
  }

  @Test
  void acceptsThirtyCodePoints() {
    String thirty = "𠮷".repeat(30); // 60 UTF-16 chars, 30 characters
    assertThat(PersonName.parse(thirty).value()).isEqualTo(thirty);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "张3",
        "张３", // full-width digit
        "<script>",
        "Tom & Jerry",
        "O'Brien",
        "say \"hi\"",
        "a;b",
        "张\u0000三",
        "张\n三",
        "张\u202E三", // right-to-left override
        "张\u200B三", // zero-width space
        "abcdefghijklmnopqrstuvwxyzabcde" // 31
      })
  void rejectsInvalid(String raw) {
    assertThatThrownBy(() -> PersonName.parse(raw))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("name");
              assertThat(e.messageKey()).isEqualTo("name.invalid");
            });
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "\u3000"})
  void rejectsEmpty(String raw) {
    assertThatThrownBy(() -> PersonName.parse(raw))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("name.empty"));
  }

  @Test
  void equalityIsByValue() {
    assertThat(PersonName.parse(" 张三")).isEqualTo(PersonName.parse("张三"));
  }
}
