package com.onecodepass.codeissue.token.control;

public enum TokenType {
  PERSONAL('P'),
  VENUE('V');

  private final byte code;

  TokenType(char code) {
    this.code = (byte) code;
  }

  public byte code() {
    return code;
  }

  /** Throws IllegalArgumentException on an unknown code; the codec turns that into MALFORMED. */
  public static TokenType ofCode(byte code) {
    for (TokenType t : values()) {
      if (t.code == code) {
        return t;
      }
    }
    throw new IllegalArgumentException("Unknown token type " + code);
  }
}
