package com.onecodepass.web.checkin;

import com.onecodepass.triprecord.api.checkin.CheckInReceipt;
import com.onecodepass.web.platform.JsonText;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The receipts of {@code POST /api/v1/me/check-ins} as JSON, one object a person: {@code
 * checkInId}, {@code maskedName} ("" when none), {@code colour}, {@code checkedInAt} (ISO-8601),
 * {@code venue} (its name) and {@code repeated} (a rescan within five minutes: no new row).
 */
final class CheckInAnswer {

  private CheckInAnswer() {}

  static byte[] json(List<CheckInReceipt> receipts) {
    StringBuilder out = new StringBuilder(160 * receipts.size() + 2).append('[');
    for (CheckInReceipt r : receipts) {
      if (out.length() > 1) {
        out.append(',');
      }
      out.append("{\"checkInId\":").append(r.checkInId()).append(",\"maskedName\":");
      JsonText.string(out, r.maskedName() == null ? "" : r.maskedName()).append(",\"colour\":");
      JsonText.string(out, r.colour()).append(",\"checkedInAt\":");
      JsonText.string(out, r.checkedInAt().toString()).append(",\"venue\":");
      JsonText.string(out, r.venue().name())
          .append(",\"repeated\":")
          .append(r.repeated())
          .append('}');
    }
    return out.append(']').toString().getBytes(StandardCharsets.UTF_8);
  }
}
