package com.onecodepass.web.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.triprecord.api.checkin.CheckInReceipt;
import com.onecodepass.triprecord.api.venue.VenueCategory;
import com.onecodepass.triprecord.api.venue.VenueStatus;
import com.onecodepass.triprecord.api.venue.VenueView;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The receipts' hand-written JSON: what a phone reads, and names that cannot break out. */
class CheckInAnswerTest {

  private static final Instant AT = Instant.parse("2026-12-07T02:10:00.123Z");

  @Test
  void oneObjectAPersonWithTheFieldsThePhoneReads() {
    JsonArray answer =
        parse(
            CheckInAnswer.json(
                List.of(
                    receipt(11, "张*三", "GREEN", "大雁塔\"南\"广场\\1号\n", false),
                    receipt(12, null, "YELLOW", "x", true))));

    assertThat(answer).hasSize(2);
    JsonObject first = answer.getJsonObject(0);
    assertThat(first.getJsonNumber("checkInId").longValue()).isEqualTo(11);
    assertThat(first.getString("maskedName")).isEqualTo("张*三");
    assertThat(first.getString("colour")).isEqualTo("GREEN");
    assertThat(first.getString("checkedInAt")).isEqualTo("2026-12-07T02:10:00.123Z");
    assertThat(first.getString("venue")).isEqualTo("大雁塔\"南\"广场\\1号\n");
    assertThat(first.getBoolean("repeated")).isFalse();
    JsonObject second = answer.getJsonObject(1);
    assertThat(second.getString("maskedName")).isEmpty();
    assertThat(second.getBoolean("repeated")).isTrue();
  }

  @Test
  void noReceiptsIsAnEmptyArray() {
    assertThat(parse(CheckInAnswer.json(List.of()))).isEmpty();
  }

  private static CheckInReceipt receipt(
      long id, String maskedName, String colour, String venueName, boolean repeated) {
    VenueView venue =
        new VenueView(
            7,
            "V0000000007",
            venueName,
            VenueCategory.values()[0],
            "addr",
            "610113",
            null,
            VenueStatus.ACTIVE,
            null,
            null,
            AT);
    return new CheckInReceipt(id, 99, maskedName, colour, AT, venue, repeated);
  }

  private static JsonArray parse(byte[] json) {
    return Json.createReader(new ByteArrayInputStream(json)).readArray();
  }
}
