package com.onecodepass.web.integration.control;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.citizen.InvalidResidentIdException;
import com.onecodepass.codeissue.api.citizen.ResidentId;
import com.onecodepass.codeissue.api.testing.ResultFields;
import com.onecodepass.triprecord.api.venue.VenueException;
import com.onecodepass.web.integration.entity.ItemReason;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Field rules shared by all batches, with the public per-item reason codes, and the request hash
 * that makes "same key, same body" independent of REST or SOAP and of how times were written.
 */
public final class ItemRules {

  /** The message keys of code-issue and trip-record that an item can meet, as public reasons. */
  private static final Map<String, ItemReason> MODULE_REASONS =
      Map.ofEntries(
          Map.entry("member.unknown", ItemReason.UNKNOWN_RESIDENT),
          Map.entry("citizen.unknown", ItemReason.UNKNOWN_RESIDENT),
          Map.entry("tube.unknown", ItemReason.UNKNOWN_TUBE),
          Map.entry("tube.resulted", ItemReason.TUBE_ALREADY_RESULTED),
          Map.entry("tube.barcode", ItemReason.INVALID_BARCODE),
          Map.entry("test.times", ItemReason.INVALID_TIME),
          Map.entry("test.lab", ItemReason.INVALID_LAB),
          Map.entry("test.incomplete", ItemReason.MISSING_FIELD),
          Map.entry("vaccination.dose", ItemReason.VACCINATION_DOSE),
          Map.entry("vaccination.date", ItemReason.VACCINATION_DATE),
          Map.entry("vaccination.duplicate", ItemReason.VACCINATION_DUPLICATE),
          Map.entry("vaccination.vaccine", ItemReason.VACCINATION_VACCINE),
          Map.entry("vaccination.site", ItemReason.VACCINATION_SITE),
          Map.entry("transit.unknownGate", ItemReason.TRANSIT_UNKNOWN_GATE),
          Map.entry("transit.invalid", ItemReason.INVALID_TIME));

  private ItemRules() {}

  /** Exactly as on the citizen form: {@link ResidentId#parse}. */
  public static ResidentId person(String residentId) {
    return ResultFields.person(residentId);
  }

  /** An ISO-8601 date-time with offset, not in the future; null allowed unless required. */
  public static Instant time(String text, boolean required) {
    if (text == null || text.isBlank()) {
      if (required) {
        throw new ItemRejected(ItemReason.MISSING_FIELD);
      }
      return null;
    }
    return ResultFields.offsetTime(text);
  }

  public static String text(String value, int max) {
    if (value == null || value.isBlank()) {
      throw new ItemRejected(ItemReason.MISSING_FIELD);
    }
    if (value.strip().length() > max) {
      throw new ItemRejected(ItemReason.FIELD_TOO_LONG);
    }
    return value.strip();
  }

  public static String optionalText(String value, int max) {
    return value == null || value.isBlank() ? null : text(value, max);
  }

  /** The module refused the item: its message key becomes a stable public reason. */
  public static ItemReason reasonFor(InvalidInputException e) {
    if (e instanceof InvalidResidentIdException) {
      return ItemReason.INVALID_RESIDENT_ID;
    }
    return reasonFor(e.messageKey());
  }

  /** As {@link #reasonFor(InvalidInputException)}, for trip-record's refusals. */
  public static ItemReason reasonFor(VenueException e) {
    return reasonFor(e.messageKey());
  }

  private static ItemReason reasonFor(String messageKey) {
    if (messageKey == null) {
      return ItemReason.REJECTED;
    }
    if (messageKey.startsWith("residentId.")) {
      return ItemReason.INVALID_RESIDENT_ID;
    }
    return MODULE_REASONS.getOrDefault(messageKey, ItemReason.REJECTED);
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
