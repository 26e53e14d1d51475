package com.onecodepass.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.nayuki.qrcodegen.QrCode;
import io.nayuki.qrcodegen.QrSegment;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The SVG path must paint exactly the dark modules of the QR code, no more, no fewer. */
class QrSvgTest {

  private static final String URL =
      "https://onecodepass.example/c/AQBQAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA.sig";

  @Test
  void pathPaintsExactlyTheDarkModules() {
    String svg = QrSvg.render(URL, "qr");
    QrCode qr =
        QrCode.encodeSegments(QrSegment.makeSegments(URL), QrCode.Ecc.MEDIUM, 1, 40, -1, true);
    boolean[][] painted = new boolean[qr.size + 8][qr.size + 8];
    Matcher d = Pattern.compile("d=\"([^\"]+)\"").matcher(svg);
    assertThat(d.find()).isTrue();
    Matcher cmd =
        Pattern.compile("([Mmh])(-?\\d+(?:\\.5)?)(?: (-?\\d+(?:\\.5)?))?").matcher(d.group(1));
    double x = 0;
    double y = 0;
    while (cmd.find()) {
      switch (cmd.group(1)) {
        case "M" -> {
          x = Double.parseDouble(cmd.group(2));
          y = Double.parseDouble(cmd.group(3));
        }
        case "m" -> x += Double.parseDouble(cmd.group(2));
        default -> {
          int len = Integer.parseInt(cmd.group(2));
          for (int i = 0; i < len; i++) {
            painted[(int) y][(int) x + i] = true;
          }
          x += len;
        }
      }
    }
    for (int row = 0; row < qr.size; row++) {
      for (int col = 0; col < qr.size; col++) {
        assertThat(painted[row + 4][col + 4])
            .as("module %d,%d", col, row)
            .isEqualTo(qr.getModule(col, row));
      }
    }
    assertThat(svg.length()).isLessThan(8000);
  }
}
