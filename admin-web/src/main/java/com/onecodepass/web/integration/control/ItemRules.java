package com.onecodepass.web.integration.control;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.InvalidResidentIdException;
import com.onecodepass.codeissue.api.ResidentId;
import com.onecodepass.codeissue.api.ResultFields;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Field rules shared by all batches, with the public per-item reason codes, and the request hash
 * that makes "same key, same body" independent of REST or SOAP and of how times were written.
 */
public final class ItemRules {

  private static final Map<String, String> MODULE_REASONS =
      Map.of(
          "member.unknown", "unknown-resident",
          "tube.unknown", "unknown-tube",
          "tube.resulted", "tube-already-resulted",
          "tube.barcode", "invalid-barcode",
          "test.times", "invalid-time",
          "test.lab", "invalid-lab",
          "test.incomplete", "missing-field");

  private ItemRules() {}

  /** Exactly as on the citizen form: {@link ResidentId#parse}. */
  public static ResidentId person(String residentId) {
    return ResultFields.person(residentId);
  }

  /** An ISO-8601 date-time with offset, not in the future; null allowed unless required. */
  public static Instant time(String text, boolean required) {
    if (text == null || text.isBlank()) {
      if (required) {
        throw new ItemRejected("missing-field");
      }
      return null;
    }
    return ResultFields.offsetTime(text);
  }

  public static String text(String value, int max) {
    if (value == null || value.isBlank()) {
      throw new ItemRejected("missing-field");
    }
    if (value.strip().length() > max) {
      throw new ItemRejected("field-too-long");
    }
    return value.strip();
  }

  public static String optionalText(String value, int max) {
    return value == null || value.isBlank() ? null : text(value, max);
  }

  /** The module refused the item: its message key becomes a stable public reason. */
  public static String reasonFor(InvalidInputException e) {
    if (e instanceof InvalidResidentIdException
        || (e.messageKey() != null && e.messageKey().startsWith("residentId."))) {
      return "invalid-resident-id";
    }
    return MODULE_REASONS.getOrDefault(
        e.messageKey(),
        e.messageKey() == null
            ? "rejected"
            : e.messageKey().toLowerCase(Locale.ROOT).replace('.', '-'));
  }

  /** Normalises a time for the hash: the instant when it parses, the raw text otherwise. */
  public static String canonicalTime(String text) {
    if (text == null) {
      return "";
    }
    try {
      return OffsetDateTime.parse(text.strip()).toInstant().toString();
    } catch (DateTimeParseException e) {
      return text;
    }
  }

  public static <T> String requestHash(
      String operation, List<T> items, Function<T, List<Object>> fields) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(operation.getBytes(StandardCharsets.UTF_8));
      for (T item : items) {
        sha.update((byte) 0x1e);
        for (Object f : fields.apply(item)) {
          sha.update((byte) 0x1f);
          sha.update(String.valueOf(f).getBytes(StandardCharsets.UTF_8));
        }
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
