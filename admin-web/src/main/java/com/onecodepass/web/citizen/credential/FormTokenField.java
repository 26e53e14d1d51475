package com.onecodepass.web.citizen.credential;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The CSRF token of a stateless (transient) form. A server-side view state was the token of every
 * Faces form; a transient view posts the constant "stateless" instead, so each of its forms gets
 * this hidden field, checked by StatelessFormGuard before Faces runs. Added to forms as their view
 * is built (faces-config.xml), so pages need no markup for it.
 */
public class FormTokenField extends UIComponentBase {

  public static final String FIELD = "ocp-form";

  public FormTokenField() {
    setTransient(true);
  }

  @Override
  public String getFamily() {
    return "ocp.FormToken";
  }

  @Override
  public void encodeBegin(FacesContext context) throws IOException {
    String token = token(context);
    ResponseWriter out = context.getResponseWriter();
    out.startElement("input", this);
    out.writeAttribute("type", "hidden", null);
    out.writeAttribute("name", FIELD, null);
    out.writeAttribute("value", token, null);
    out.endElement("input");
  }

  /** This browser's token; sets its form cookie when missing. */
  private static String token(FacesContext context) {
    ExternalContext external = context.getExternalContext();
    return CDI.current()
        .select(CitizenCredentials.class)
        .get()
        .formToken(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse());
  }

  /**
   * Adds the field to every form of a transient view, and makes sure of the browser's form cookie
   * now, while the view is built: by the time the field renders, the response may be committed.
   */
  public static class Adder implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
      return source instanceof UIForm;
    }

    @Override
    public void processEvent(SystemEvent event) {
      UIComponent form = (UIComponent) event.getSource();
      UIViewRoot root = FacesContext.getCurrentInstance().getViewRoot();
      if (root == null || !root.isTransient()) {
        return;
      }
      for (UIComponent child : form.getChildren()) {
        if (child instanceof FormTokenField) {
          return;
        }
      }
      token(FacesContext.getCurrentInstance());
      FormTokenField field = new FormTokenField();
      field.setId(FIELD.replace('-', '_'));
      form.getChildren().add(0, field);
    }
  }
}
