package com.onecodepass.web.platform;

import io.nayuki.qrcodegen.QrCode;
import io.nayuki.qrcodegen.QrSegment;

/**
 * Renders text as an inline SVG QR code: a few hundred bytes, sharp at any size, and scannable from
 * a cheap phone's screen. Runs of dark modules become one path segment each.
 */
public final class QrSvg {

  private static final int QUIET_ZONE = 4;
  private static final int AUTO_MASK = -1;

  private QrSvg() {}

  public static String render(String text, String cssClass) {
    // The mask is chosen by the standard's penalty rules (best of eight). A fixed mask was
    // cheaper, but now and then produced a symbol that a camera could not find.
    QrCode qr =
        QrCode.encodeSegments(
            QrSegment.makeSegments(text), QrCode.Ecc.MEDIUM, 1, 40, AUTO_MASK, true);
    int size = qr.size + 2 * QUIET_ZONE;
    String path = strokePath(qr, QUIET_ZONE);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\""
        + cssClass
        + "\" viewBox=\"0 0 "
        + size
        + ' '
        + size
        // Named for screen readers in both languages' own word for it (axe: svg-img-alt).
        + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"QR\">"
        + "<rect width=\"100%\" height=\"100%\""
        + " fill=\"#fff\"/><path d=\""
        + path
        + "\" stroke=\"#000\" stroke-width=\"1\"/></svg>";
  }

  /**
   * The dark modules as one path in module units, offset by the quiet zone, to be drawn with a
   * stroke of width 1: each run of dark modules is one horizontal stroke, drawn relative to the
   * previous one — about a third of the bytes of one rectangle per run, which the per-minute
   * refresh and the compressor both feel.
   */
  public static String strokePath(QrCode qr, int quietZone) {
    StringBuilder path = new StringBuilder(qr.size * qr.size / 2);
    for (int y = 0; y < qr.size; y++) {
      int penX = -1;
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
        if (penX < 0) {
          path.append('M').append(start + quietZone).append(' ').append(y + quietZone).append(".5");
        } else {
          path.append('m').append(start - penX).append(" 0");
        }
        path.append('h').append(x - start);
        penX = x;
      }
    }
    return path.toString();
  }
}
