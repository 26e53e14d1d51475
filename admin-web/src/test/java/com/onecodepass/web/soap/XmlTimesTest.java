package com.onecodepass.web.soap;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.codeissue.api.testing.RowRejected;
import com.onecodepass.web.integration.control.ItemRules;
import java.time.Instant;
import javax.xml.datatype.DatatypeFactory;
import org.junit.jupiter.api.Test;

/** A SOAP time reaches the service layer as the caller wrote it, so REST's rule applies to it. */
class XmlTimesTest {

  private static String soap(String lexical) throws Exception {
    return XmlTimes.text(DatatypeFactory.newInstance().newXMLGregorianCalendar(lexical));
  }

  @Test
  void theOffsetIsKeptSoTheSameInputIsTheSameInstantAsOverRest() throws Exception {
    String written = "2026-01-04T08:00:00+08:00";
    assertThat(ItemRules.time(soap(written), true))
        .isEqualTo(Instant.parse("2026-01-04T00:00:00Z"))
        .isEqualTo(ItemRules.time(written, true));
    assertThat(ItemRules.canonicalTime(soap(written))).isEqualTo(ItemRules.canonicalTime(written));
    assertThat(ItemRules.time(soap("2026-01-04T00:00:00.000Z"), true))
        .isEqualTo(Instant.parse("2026-01-04T00:00:00Z"));
  }

  @Test
  void aTimeWithoutOffsetIsRefusedAsOverRest() throws Exception {
    String noOffset = soap("2026-01-04T08:00:00");
    try {
      ItemRules.time(noOffset, true);
      throw new AssertionError("accepted a time without offset: " + noOffset);
    } catch (RowRejected e) {
      assertThat(e.reason()).isEqualTo("invalid-time");
    }
  }

  @Test
  void absentStaysAbsent() {
    assertThat(XmlTimes.text(null)).isNull();
  }
}
