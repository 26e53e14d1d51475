package com.onecodepass.codeissue.code.control;

import com.onecodepass.codeissue.api.code.CodeColour;
import java.time.Instant;

/**
 * What the hot path needs to show and sign a person's code, without the database.
 *
 * <p>Cached as a plain string rather than an object so that any node of the cluster can read it
 * with Infinispan's built-in marshalling, without registering application classes.
 */
public record CodeState(
    CodeColour colour,
    String subject,
    String maskedName,
    String maskedResidentId,
    Instant colourSince,
    String reasonCategory,
    Instant latestNegativeTestAt,
    int vaccinationDoses) {

  // A control character cannot occur in a validated name, so it is a safe separator.
  private static final String SEP = "\u001f";

  public String encode() {
    return String.join(
        SEP,
        colour.name(),
        subject,
        maskedName,
        maskedResidentId,
        Long.toString(colourSince.toEpochMilli()),
        reasonCategory,
        latestNegativeTestAt == null ? "" : Long.toString(latestNegativeTestAt.toEpochMilli()),
        Integer.toString(vaccinationDoses));
  }

  /** This state with a negative test sampled at {@code at}, when it is newer than the known one. */
  public CodeState withNegativeTestAt(Instant at) {
    if (latestNegativeTestAt != null && !at.isAfter(latestNegativeTestAt)) {
      return this;
    }
    return new CodeState(
        colour,
        subject,
        maskedName,
        maskedResidentId,
        colourSince,
        reasonCategory,
        at,
        vaccinationDoses);
  }

  public static CodeState decode(String encoded) {
    String[] p = encoded.split(SEP, -1);
    return new CodeState(
        CodeColour.valueOf(p[0]),
        p[1],
        p[2],
        p[3],
        Instant.ofEpochMilli(Long.parseLong(p[4])),
        p[5],
        p[6].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(p[6])),
        // Entries written before the dose count existed read as 0 until their next refresh.
        p.length > 7 ? Integer.parseInt(p[7]) : 0);
  }
}
