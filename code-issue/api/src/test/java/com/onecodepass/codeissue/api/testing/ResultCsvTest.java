package com.onecodepass.codeissue.api.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultCsvTest {

  private static final String ID = "610102199001011231";
  private static final String DAY =
      LocalDate.now().minusDays(2).format(DateTimeFormatter.ISO_LOCAL_DATE);

  @Test
  void aPersonRowInCityTime() {
    ResultRow row = ResultCsv.parse(7, "Lab A," + ID + ",," + DAY + " 08:30,NEGATIVE");
    assertEquals(7, row.line());
    assertEquals("Lab A", row.lab());
    assertEquals(ID, row.residentId().value());
    assertNull(row.tubeBarcode());
    assertEquals(Instant.parse(DAY + "T00:30:00Z"), row.sampleTime());
    assertEquals(TestOutcome.NEGATIVE, row.outcome());
  }

  @Test
  void aTubeRowWithAnOffsetAndChineseOutcome() {
    ResultRow row = ResultCsv.parse(2, "Lab,,t2026-0001," + DAY + "T09:00:00+08:00,阳性");
    assertTrue(row.isTube());
    assertEquals("T2026-0001", row.tubeBarcode());
    assertEquals(Instant.parse(DAY + "T01:00:00Z"), row.sampleTime());
    assertEquals(TestOutcome.POSITIVE, row.outcome());
  }

  @Test
  void quotedFieldsKeepCommasAndDoubledQuotes() {
    assertEquals(
        List.of("a,b", "say \"hi\"", "", "x"), ResultCsv.fields("\"a,b\",\"say \"\"hi\"\"\",,x"));
    ResultRow row =
        ResultCsv.parse(3, "\"Jinyu Lab, Xi'an\"," + ID + ",," + DAY + " 10:05:00,positive");
    assertEquals("Jinyu Lab, Xi'an", row.lab());
    assertEquals(TestOutcome.POSITIVE, row.outcome());
  }

  @Test
  void badLinesHaveTheirReasons() {
    assertEquals("bad-quoting", reason("\"Lab," + ID + ",," + DAY + " 08:30,NEGATIVE"));
    assertEquals("bad-quoting", reason("La\"b," + ID + ",," + DAY + " 08:30,NEGATIVE"));
    assertEquals("field-count", reason("Lab," + ID + "," + DAY + " 08:30,NEGATIVE"));
    assertEquals(
        "invalid-resident-id", reason("Lab,610102199001011232,," + DAY + " 08:30,NEGATIVE"));
    assertEquals("invalid-resident-id", reason("Lab,6101021990,," + DAY + " 08:30,NEGATIVE"));
    assertEquals("invalid-time", reason("Lab," + ID + ",,2026-13-45 08:30,NEGATIVE"));
    assertEquals("invalid-time", reason("Lab," + ID + ",,yesterday,NEGATIVE"));
    assertEquals("invalid-time", reason("Lab," + ID + ",,2099-01-01 08:30,NEGATIVE"));
    assertEquals("invalid-time", reason("Lab," + ID + ",,2001-01-01 08:30,NEGATIVE"));
    assertEquals("missing-field", reason("Lab," + ID + ",,,NEGATIVE"));
    assertEquals("invalid-outcome", reason("Lab," + ID + ",," + DAY + " 08:30,MAYBE"));
    assertEquals("ambiguous-subject", reason("Lab," + ID + ",T1234567," + DAY + " 08:30,NEGATIVE"));
    assertEquals("missing-field", reason("Lab,,," + DAY + " 08:30,NEGATIVE"));
    assertEquals("invalid-barcode", reason("Lab,,T1," + DAY + " 08:30,NEGATIVE"));
    assertEquals("missing-field", reason("," + ID + ",," + DAY + " 08:30,NEGATIVE"));
    assertEquals(
        "field-too-long", reason("x".repeat(81) + "," + ID + ",," + DAY + " 08:30,NEGATIVE"));
    assertEquals("line-too-long", reason("x".repeat(500)));
  }

  @Test
  void theHeaderIsRecognisedLoosely() {
    assertTrue(ResultCsv.isHeader("lab,resident_id,tube,sample_time,result"));
    assertTrue(ResultCsv.isHeader("\"Lab\", \"Resident_ID\",tube,sample_time,RESULT"));
    assertFalse(ResultCsv.isHeader("lab,resident_id,sample_time,result"));
  }

  @Test
  void maskingHidesIdNumbersEvenInvalidOnes() {
    assertEquals("Lab,6101**********1231,,x", ResultCsv.masked("Lab," + ID + ",,x"));
    assertEquals("Lab,6101**1234,,x", ResultCsv.masked("Lab,6101001234,,x"));
    assertEquals("Lab,T123,,2026", ResultCsv.masked("Lab,T123,,2026"));
  }

  @Test
  void linesSplitOnLfAndCrlfAfterABomAndResumeAtAnOffset() throws IOException {
    byte[] file = "\ufeffh1\r\nline two\n\r\nlast".getBytes(StandardCharsets.UTF_8);
    CsvLines lines = new CsvLines(new ByteArrayInputStream(file), 0, 0, 100);
    assertEquals("h1", lines.next());
    assertEquals(1, lines.lineNo());
    long offset = lines.offset();
    assertEquals(7, offset); // 3 (BOM) + 2 + CRLF
    assertEquals("line two", lines.next());
    assertEquals("", lines.next());
    assertEquals("last", lines.next());
    assertEquals(4, lines.lineNo());
    assertNull(lines.next());

    CsvLines resumed =
        new CsvLines(new ByteArrayInputStream(file, (int) offset, file.length), offset, 1, 100);
    assertEquals("line two", resumed.next());
    assertEquals(2, resumed.lineNo());
  }

  @Test
  void anOverlongLineIsCutButFullyConsumed() throws IOException {
    byte[] file = ("x".repeat(50) + "\nnext\n").getBytes(StandardCharsets.UTF_8);
    CsvLines lines = new CsvLines(new ByteArrayInputStream(file), 0, 0, 10);
    assertTrue(lines.next().length() > 10);
    assertEquals("next", lines.next());
  }

  private static String reason(String line) {
    return assertThrows(RowRejected.class, () -> ResultCsv.parse(1, line)).reason();
  }
}
