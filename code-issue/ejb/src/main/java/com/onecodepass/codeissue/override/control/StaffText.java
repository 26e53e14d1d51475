package com.onecodepass.codeissue.override.control;

import com.onecodepass.codeissue.api.InvalidInputException;

/** The written reasons and answers officers must give: required, at most 500 characters. */
public final class StaffText {

  public static final int MAX = 500;

  private StaffText() {}

  /**
   * @return the stripped text
   * @throws InvalidInputException with {@code messageKey} when blank or too long
   */
  public static String required(String input, String field, String messageKey) {
    String text = input == null ? "" : input.strip();
    if (text.isEmpty() || text.codePointCount(0, text.length()) > MAX) {
      throw new InvalidInputException(field, messageKey, field + " blank or too long");
    }
    return text;
  }
}
