package com.onecodepass.codeissue.api.code;

public enum CodeColour {
  GREEN(0),
  YELLOW(1),
  RED(2);

  private final byte code;

  CodeColour(int code) {
    this.code = (byte) code;
  }

  /** Stable wire/database code; never use ordinal(), which changes if constants are reordered. */
  public byte code() {
    return code;
  }

  public static CodeColour ofCode(int code) {
    for (CodeColour c : values()) {
      if (c.code == code) {
        return c;
      }
    }
    throw new IllegalArgumentException("Unknown colour code " + code);
  }
}
