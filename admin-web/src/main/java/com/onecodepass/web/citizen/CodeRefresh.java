package com.onecodepass.web.citizen;

import com.onecodepass.codeissue.api.CodeCardView;
import java.nio.charset.StandardCharsets;

/**
 * The code page's per-minute refresh body: only what changes (the signed scan URL, colour, reason,
 * validity), about 300 bytes; the phone draws the QR itself. Written by hand from a fixed template:
 * five fields do not need a reflective JSON binding on the busiest endpoint.
 */
record CodeRefresh(String colour, String reason, String scanUrl, long issuedAt, long expiresAt) {

  static CodeRefresh of(CodeCardView card, String scanUrl) {
    return new CodeRefresh(
        card.colour().name(),
        card.reasonCategory(),
        scanUrl,
        card.issuedAt().toEpochMilli(),
        card.expiresAt().toEpochMilli());
  }

  byte[] json() {
    StringBuilder out = new StringBuilder(96 + scanUrl.length());
    out.append("{\"colour\":");
    string(out, colour);
    out.append(",\"reason\":");
    string(out, reason);
    out.append(",\"scanUrl\":");
    string(out, scanUrl);
    out.append(",\"issuedAt\":").append(issuedAt);
    out.append(",\"expiresAt\":").append(expiresAt).append('}');
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A JSON string (RFC 8259): quotes, backslashes and control characters escaped; null as null. */
  static void string(StringBuilder out, String value) {
    if (value == null) {
      out.append("null");
      return;
    }
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
