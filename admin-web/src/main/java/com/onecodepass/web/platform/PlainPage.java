package com.onecodepass.web.platform;

import com.onecodepass.platform.api.CityClock;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The citizen template ({@code WEB-INF/templates/page.xhtml}) for the pages written without the
 * Faces lifecycle because they are the busiest (the scanned verification page, the code page): the
 * same head, bar and language link, in the language Faces would pick, with the bundle's texts.
 */
public final class PlainPage {

  public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
  public static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(CityClock.ZONE);

  /** The fixed parts of the pages per language. */
  public record Texts(Locale locale, ResourceBundle bundle, String otherLang, String otherLabel) {

    public String get(String key) {
      return bundle.getString(key);
    }
  }

  private static final Map<Locale, Texts> TEXTS = new ConcurrentHashMap<>();

  private PlainPage() {}

  /**
   * The page's language, as Faces picks it from the request's locales (which {@code LanguageFilter}
   * has already narrowed to a chosen language): the first that is English or Simplified Chinese,
   * else Simplified Chinese (faces-config's default).
   */
  public static Locale localeOf(Enumeration<Locale> preferred) {
    while (preferred != null && preferred.hasMoreElements()) {
      Locale l = preferred.nextElement();
      if (l.getLanguage().equals("en")) {
        return Locale.ENGLISH;
      }
      if (l.equals(DEFAULT)) {
        return DEFAULT;
      }
    }
    return DEFAULT;
  }

  public static Texts texts(Locale locale) {
    return TEXTS.computeIfAbsent(locale, PlainPage::load);
  }

  private static Texts load(Locale locale) {
    boolean english = locale.getLanguage().equals("en");
    return new Texts(
        english ? Locale.ENGLISH : DEFAULT,
        ResourceBundle.getBundle(Messages.BUNDLE, locale),
        english ? "zh" : "en",
        english ? "lang.zh" : "lang.en");
  }

  /** The address of the requested page in the other language than {@code locale}. */
  public static String switchUrl(HttpServletRequest request, Locale locale) {
    return Languages.switchUrl(
        request.getRequestURI(),
        request.getQueryString(),
        locale.getLanguage().equals("en") ? "zh" : "en");
  }

  /** Sends a rendered page, with its length (so the server does not chunk or compress it). */
  public static void send(HttpServletResponse response, byte[] page) throws IOException {
    response.setContentType("text/html;charset=UTF-8");
    response.setContentLength(page.length);
    response.getOutputStream().write(page);
  }

  /** The bundle's text for {@code key}, escaped. */
  public static StringBuilder text(StringBuilder html, Texts t, String key) {
    return HtmlText.append(html, t.get(key));
  }

  /**
   * Everything up to and including {@code <main>}.
   *
   * @param switchUrl the address of this page in the other language
   * @param css the stylesheet's fingerprinted URL
   */
  public static StringBuilder open(
      StringBuilder html,
      Texts t,
      String titleKey,
      String contextPath,
      String switchUrl,
      String css) {
    html.append("<!DOCTYPE html>\n<html lang=\"").append(t.locale().toLanguageTag());
    html.append("\"><head><meta charset=\"utf-8\"/>");
    html.append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"/><title>");
    text(html, t, titleKey).append("</title><link rel=\"stylesheet\" href=\"");
    HtmlText.append(html, css).append("\"/></head><body><header class=\"bar\"><a class=\"brand\"");
    html.append(" href=\"");
    HtmlText.append(html, contextPath).append("/\">");
    // The space the Facelets template's line break gave: the bar is inline text, not a flex box.
    text(html, t, "app.name").append("</a> <a class=\"lang\" id=\"lang-switch\" lang=\"");
    html.append(t.otherLang().equals("en") ? "en" : "zh-CN").append("\" href=\"");
    HtmlText.append(html, switchUrl).append("\">");
    return text(html, t, t.otherLabel()).append("</a></header><main>");
  }
}
