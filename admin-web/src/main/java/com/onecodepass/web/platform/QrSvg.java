package com.onecodepass.web.platform;

import io.nayuki.qrcodegen.QrCode;
import io.nayuki.qrcodegen.QrSegment;

/**
 * Renders text as an inline SVG QR code: a few hundred bytes, sharp at any size, and scannable from
 * a cheap phone's screen. Runs of dark modules become one path segment each.
 */
public final class QrSvg {

  private static final int QUIET_ZONE = 4;
  private static final int FIXED_MASK = 2;

  private QrSvg() {}

  public static String render(String text, String cssClass) {
    // A fixed mask: choosing the "best" of eight costs ~8x the CPU on every code view, and any
    // mask is valid for every reader.
    QrCode qr =
        QrCode.encodeSegments(
            QrSegment.makeSegments(text), QrCode.Ecc.MEDIUM, 1, 40, FIXED_MASK, true);
    int size = qr.size + 2 * QUIET_ZONE;
    StringBuilder path = new StringBuilder(qr.size * qr.size);
    for (int y = 0; y < qr.size; y++) {
      int x = 0;
      while (x < qr.size) {
        if (!qr.getModule(x, y)) {
          x++;
          continue;
        }
        int start = x;
        while (x < qr.size && qr.getModule(x, y)) {
          x++;
        }
        path.append('M')
            .append(start + QUIET_ZONE)
            .append(',')
            .append(y + QUIET_ZONE)
            .append('h')
            .append(x - start)
            .append("v1h-")
            .append(x - start)
            .append('z');
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\""
        + cssClass
        + "\" viewBox=\"0 0 "
        + size
        + ' '
        + size
        + "\" shape-rendering=\"crispEdges\" role=\"img\"><rect width=\"100%\" height=\"100%\""
        + " fill=\"#fff\"/><path d=\""
        + path
        + "\" fill=\"#000\"/></svg>";
  }
}
