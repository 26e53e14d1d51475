package com.onecodepass.web.venue;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import com.onecodepass.web.platform.HtmlText;
import com.onecodepass.web.platform.QrSvg;
import io.nayuki.qrcodegen.QrCode;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * The printable A4 venue poster, as SVG and as PDF, laid out in millimetres: header, venue name,
 * district and address, the QR code (140 mm wide, error correction level Q so a scuffed or partly
 * covered print still reads), and instructions in Chinese and English. The poster is always
 * bilingual, whatever the viewer's language, because it hangs at a door.
 *
 * <p>The PDF sets every line in one font the build ships ({@link Fonts}: Noto Sans SC, regular and
 * bold, from npm into WEB-INF/fonts), embedded as a subset of the glyphs used: a poster prints the
 * same on any printer or viewer, with no Asian font pack (the standard Adobe font STSong-Light it
 * used before is not embedded, and a viewer without it substituted glyphs and drew the middle dot
 * of the title as a box), and stays small (under 100 KB). The SVG names fonts that phones and
 * desktops have, Noto Sans CJK SC last before the generic family.
 */
public final class VenuePoster {

  /** What goes on a poster. */
  public record Content(
      String venueName, String districtZh, String districtEn, String address, String url) {}

  static final String TITLE_ZH = "一码通 · 场所码";
  static final String TITLE_EN = "One Code Pass · Venue check-in";
  static final String SCAN_ZH = "请用手机相机扫码登记，向工作人员出示登记结果后进入";
  static final String SCAN_EN =
      "Scan with your phone camera to check in, then show the result at the entrance.";
  static final String RULES_ZH = "红码请勿进入，请联系现场工作人员；黄码请出示核酸阴性证明并遵守现场规定";
  static final String RULES_EN =
      "Red code: do not enter, call the on-site officer. Yellow code: show a negative test and follow site rules.";

  /**
   * Fonts that exist where a poster SVG is opened: iOS/macOS, Android and Linux (Noto Sans CJK SC,
   * also named Source Han Sans SC), Windows, then the generic family.
   */
  static final String SVG_FONTS =
      "'PingFang SC','Hiragino Sans GB','Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC',"
          + "'Microsoft YaHei',sans-serif";

  private static final double WIDTH = 210;
  private static final double HEIGHT = 297;
  private static final double QR_X = 35;
  private static final double QR_Y = 92;
  private static final double QR_SIZE = 140;
  private static final int QUIET = 4;

  private VenuePoster() {}

  /**
   * The poster font files' bytes (TrueType outlines: OpenPDF's CFF subsets of CID fonts lost the
   * CJK glyphs), regular and bold. Each PDF parses its own {@link BaseFont}s from them: the subset
   * of glyphs is per document.
   */
  public record Fonts(byte[] regular, byte[] bold) {}

  static QrCode qr(String url) {
    return QrCode.encodeText(url, QrCode.Ecc.QUARTILE);
  }

  public static String svg(Content c) {
    QrCode qr = qr(c.url());
    double module = QR_SIZE / (qr.size + 2 * QUIET);
    StringBuilder svg = new StringBuilder(8192);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"210mm\" height=\"297mm\"")
        .append(" viewBox=\"0 0 210 297\" font-family=\"")
        .append(SVG_FONTS)
        .append("\" text-anchor=\"middle\">")
        .append("<rect width=\"210\" height=\"297\" fill=\"#fff\"/>")
        .append("<rect width=\"210\" height=\"36\" fill=\"#0b5cad\"/>");
    text(svg, 105, 18, 11, "#fff", true, TITLE_ZH);
    text(svg, 105, 29, 5.5, "#fff", false, TITLE_EN);
    text(svg, 105, 58, nameSize(c.venueName()) / 2.83, "#111", true, c.venueName());
    text(svg, 105, 70, 5.5, "#333", false, c.districtZh() + " " + c.districtEn());
    text(svg, 105, 79, 4.5, "#555", false, c.address());
    svg.append("<g transform=\"translate(")
        .append(num(QR_X))
        .append(' ')
        .append(num(QR_Y))
        .append(") scale(")
        .append(num(module))
        .append(")\"><path stroke=\"#000\" stroke-width=\"1\" shape-rendering=\"crispEdges\" d=\"")
        .append(QrSvg.strokePath(qr, QUIET))
        .append("\"/></g>");
    text(svg, 105, 246, 6, "#111", true, SCAN_ZH);
    text(svg, 105, 254, 4.2, "#333", false, SCAN_EN);
    text(svg, 105, 266, 4.6, "#d62828", true, RULES_ZH);
    text(svg, 105, 273, 3.6, "#d62828", false, RULES_EN);
    text(svg, 105, 289, 2.2, "#777", false, c.url());
    return svg.append("</svg>").toString();
  }

  private static void text(
      StringBuilder svg, double x, double y, double size, String fill, boolean bold, String text) {
    svg.append("<text x=\"")
        .append(num(x))
        .append("\" y=\"")
        .append(num(y))
        .append("\" font-size=\"")
        .append(num(size))
        .append("\" fill=\"")
        .append(fill)
        .append(bold ? "\" font-weight=\"700\">" : "\">")
        .append(escape(text))
        .append("</text>");
  }

  static String escape(String s) {
    return HtmlText.escape(s);
  }

  private static String num(double v) {
    return String.format(java.util.Locale.ROOT, "%.2f", v).replaceAll("\\.?0+$", "");
  }

  /** Font size in points for the venue name: large, smaller for long names. */
  private static float nameSize(String name) {
    return (float) Math.max(14, Math.min(30, 480.0 / Math.max(1, name.length())));
  }

  public static byte[] pdf(Content c, Fonts fonts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16384);
    Document document = new Document(PageSize.A4, 0, 0, 0, 0);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      document.addTitle(c.venueName() + " · " + TITLE_EN);
      document.open();
      BaseFont regular = font("NotoSansSC-Regular.ttf", fonts.regular());
      BaseFont bold = font("NotoSansSC-Bold.ttf", fonts.bold());
      PdfContentByte cb = writer.getDirectContent();

      cb.setColorFill(new Color(0x0b, 0x5c, 0xad));
      cb.rectangle(0, pt(HEIGHT - 36), pt(WIDTH), pt(36));
      cb.fill();
      text(cb, bold, 31, Color.WHITE, TITLE_ZH, 18);
      text(cb, bold, 15, Color.WHITE, TITLE_EN, 29);
      text(cb, bold, nameSize(c.venueName()), Color.BLACK, c.venueName(), 58);
      text(cb, regular, 15, Color.DARK_GRAY, c.districtZh() + " " + c.districtEn(), 70);
      text(cb, regular, 12, Color.DARK_GRAY, c.address(), 79);

      QrCode qr = qr(c.url());
      double module = QR_SIZE / (qr.size + 2 * QUIET);
      cb.setColorFill(Color.BLACK);
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
          double top = QR_Y + (y + QUIET) * module;
          cb.rectangle(
              pt(QR_X + (start + QUIET) * module),
              pt(HEIGHT - top - module),
              pt((x - start) * module),
              pt(module));
        }
      }
      cb.fill();

      text(cb, bold, 17, Color.BLACK, SCAN_ZH, 246);
      text(cb, regular, 11.5f, Color.DARK_GRAY, SCAN_EN, 254);
      Color red = new Color(0xd6, 0x28, 0x28);
      text(cb, bold, 13, red, RULES_ZH, 266);
      text(cb, regular, 9.5f, red, RULES_EN, 273);
      text(cb, regular, 6, Color.GRAY, c.url(), 289); // ~140 characters fit the width
      document.close();
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("cannot render the venue poster", e);
    }
    return out.toByteArray();
  }

  /** Identity-H (any Unicode character), embedded; OpenPDF subsets the TrueType glyphs on close. */
  private static BaseFont font(String name, byte[] ttf) throws DocumentException, IOException {
    BaseFont font =
        BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
    font.setSubset(true);
    return font;
  }

  /** Centred text with its baseline {@code baselineMm} from the top of the page. */
  private static void text(
      PdfContentByte cb, BaseFont font, float size, Color colour, String text, double baselineMm) {
    cb.beginText();
    cb.setFontAndSize(font, size);
    cb.setColorFill(colour);
    cb.showTextAligned(
        PdfContentByte.ALIGN_CENTER, text, pt(WIDTH / 2), pt(HEIGHT - baselineMm), 0);
    cb.endText();
  }

  private static float pt(double mm) {
    return (float) (mm * 72 / 25.4);
  }
}
