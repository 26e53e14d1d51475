package com.onecodepass.web.platform;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.citizen.MobileNumber;
import com.onecodepass.codeissue.api.citizen.PersonName;
import com.onecodepass.codeissue.api.citizen.ResidentId;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/**
 * Runs the modules' own value-object rules on form fields so every field's error shows at once, in
 * the viewer's language. Use with {@code <f:validator validatorId="ocp.field"/>} and an {@code
 * rule} attribute: name, residentId or mobile.
 */
@FacesValidator("ocp.field")
public class FieldRules implements Validator<Object> {

  @Override
  public void validate(FacesContext context, UIComponent component, Object value) {
    String input = value == null ? null : value.toString();
    try {
      switch ((String) component.getAttributes().get("rule")) {
        case "name" -> PersonName.parse(input);
        case "residentId" -> ResidentId.parse(input);
        case "mobile" -> MobileNumber.parse(input);
        default -> throw new IllegalArgumentException("unknown rule on " + component.getId());
      }
    } catch (InvalidInputException e) {
      throw new ValidatorException(
          new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(e.messageKey()), null));
    }
  }
}
