package com.onecodepass.web.citizen;

import com.onecodepass.codeissue.api.code.CodeCardView;
import com.onecodepass.web.platform.JsonText;
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

  /** A JSON string (RFC 8259), as every hand-written answer escapes it. */
  static void string(StringBuilder out, String value) {
    JsonText.string(out, value);
  }
}
