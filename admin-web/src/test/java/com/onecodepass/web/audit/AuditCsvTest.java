package com.onecodepass.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.web.audit.entity.AuditRow;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

  @Test
  void quotesSeparatorsAndDefusesFormulas() {
    AuditRow row =
        new AuditRow(
            7,
            Instant.parse("2026-01-02T03:04:05Z"),
            "yanta",
            "DISTRICT_STAFF",
            "610113",
            "citizen.unmask",
            "citizen #5 6101**********1234",
            "=HYPERLINK(\"x\"), case 12",
            null);
    assertThat(AuditCsv.line(row))
        .isEqualTo(
            "7,2026-01-02T03:04:05Z,yanta,DISTRICT_STAFF,610113,citizen.unmask,"
                + "citizen #5 6101**********1234,\"'=HYPERLINK(\"\"x\"\"), case 12\",\r\n");
  }

  @Test
  void plainCellsStayBare() {
    assertThat(AuditCsv.cell("lab.result.tube")).isEqualTo("lab.result.tube");
    assertThat(AuditCsv.cell(null)).isEmpty();
  }
}
