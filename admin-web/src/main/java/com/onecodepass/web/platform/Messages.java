package com.onecodepass.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Turns message keys from the modules into text in the viewer's language. */
public final class Messages {

  public static final String BUNDLE = "com.onecodepass.web.i18n.messages";

  private Messages() {}

  public static String text(String key) {
    return text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key);
  }

  /** The same outside the Faces lifecycle (REST refusals, plain servlets). */
  public static String text(Locale locale, String key) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return bundle.getString("error.generic");
    }
  }

  /** Attaches an error to a form field ({@code clientId} null for a page-level message). */
  public static void error(String clientId, String key) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key), null));
  }

  /** Attaches a message already in the viewer's language. */
  public static void errorText(String clientId, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** A confirmation: {@code keyOrText} is a bundle key, or text when no such key exists. */
  public static void info(String clientId, String keyOrText) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
    String text = bundle.containsKey(keyOrText) ? bundle.getString(keyOrText) : keyOrText;
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }
}
