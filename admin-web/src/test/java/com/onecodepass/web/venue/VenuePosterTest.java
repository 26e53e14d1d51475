package com.onecodepass.web.venue;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PDF poster prints anywhere: every font in it is embedded (as {@code pdffonts} would list
 * them, "emb yes"), as a subset, every character of the poster comes back out of the text layer (no
 * missing glyphs, the title's middle dot included), and the QR code still decodes.
 */
class VenuePosterTest {

  /** Where src/build/assets.sh put the fonts (generate-resources runs before the tests). */
  static final Path FONTS = Path.of("target/browser-assets/webapp/WEB-INF/fonts");

  static VenuePoster.Fonts fonts;

  static final VenuePoster.Content CONTENT =
      new VenuePoster.Content(
          "长安区·鑫龙超市（韦曲店）",
          "长安区",
          "Chang'an District",
          "西安市长安区韦曲街道青年街 88 号",
          "https://ocp.example.cn/v/AbCdEf0123456789-_AbCdEf0123456789");

  @BeforeAll
  static void readFonts() throws Exception {
    fonts =
        new VenuePoster.Fonts(
            Files.readAllBytes(FONTS.resolve("NotoSansSC-Regular.ttf")),
            Files.readAllBytes(FONTS.resolve("NotoSansSC-Bold.ttf")));
  }

  @Test
  void everyFontIsEmbeddedAsASubsetAndEveryCharacterComesBackOut() throws Exception {
    byte[] pdf = VenuePoster.pdf(CONTENT, fonts);
    // Two subsets of the used glyphs (~90 KB), not the two 10 MB font files.
    assertThat(pdf.length).isLessThan(200_000);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDPage page = document.getPage(0);
      List<PDFont> used = new ArrayList<>();
      for (var name : page.getResources().getFontNames()) {
        used.add(page.getResources().getFont(name));
      }
      assertThat(used).isNotEmpty();
      assertThat(used)
          .allSatisfy(
              font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                // A subset's name carries a six-letter tag: ABCDEF+NotoSansSC-Regular.
                assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
              });

      // Each character drawn has an outline in the embedded subset: a text layer alone would pass
      // with empty glyphs (as a broken CFF subset once did).
      List<String> missing = new ArrayList<>();
      PDFTextStripper glyphs =
          new PDFTextStripper() {
            @Override
            protected void showGlyph(
                Matrix matrix, PDFont font, int code, org.apache.pdfbox.util.Vector displacement)
                throws java.io.IOException {
              String unicode = font.toUnicode(code);
              boolean blank = unicode == null || unicode.isBlank();
              if (!blank && ((PDVectorFont) font).getPath(code).getBounds2D().isEmpty()) {
                missing.add(unicode);
              }
              super.showGlyph(matrix, font, code, displacement);
            }
          };
      String text = glyphs.getText(document);
      assertThat(missing).as("characters drawn without a glyph").isEmpty();
      for (String line :
          List.of(
              VenuePoster.TITLE_ZH,
              VenuePoster.TITLE_EN,
              CONTENT.venueName(),
              CONTENT.districtZh() + " " + CONTENT.districtEn(),
              CONTENT.address(),
              VenuePoster.SCAN_ZH,
              VenuePoster.SCAN_EN,
              VenuePoster.RULES_ZH,
              VenuePoster.RULES_EN)) {
        assertThat(text).contains(line);
      }
      assertThat(text).contains("一码通 · 场所码").doesNotContain("\uFFFD");

      var image = new PDFRenderer(document).renderImageWithDPI(0, 150);
      String decoded =
          new MultiFormatReader()
              .decode(
                  new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                  Map.of(
                      DecodeHintType.TRY_HARDER,
                      Boolean.TRUE,
                      DecodeHintType.POSSIBLE_FORMATS,
                      List.of(BarcodeFormat.QR_CODE)))
              .getText();
      assertThat(decoded).isEqualTo(CONTENT.url());
    }
  }

  @Test
  void theSvgPosterNamesFontsThatPhonesHave() {
    assertThat(VenuePoster.svg(CONTENT))
        .contains("font-family=\"'PingFang SC'", "'Noto Sans CJK SC'", "'Microsoft YaHei'")
        .contains(",sans-serif\"");
  }
}
