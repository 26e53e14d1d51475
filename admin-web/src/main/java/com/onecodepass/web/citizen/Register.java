package com.onecodepass.web.citizen;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.citizen.CitizenRegistration;
import com.onecodepass.codeissue.api.citizen.Registration;
import com.onecodepass.codeissue.api.district.District;
import com.onecodepass.codeissue.api.district.Districts;
import com.onecodepass.web.platform.Messages;
import com.onecodepass.web.platform.PlainRedirect;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The registration form. Field rules live in the module; this bean only maps the answers. */
@Named
@RequestScoped
public class Register {

  @EJB CitizenRegistration registration;
  @EJB Districts districts;
  @Inject CitizenSession session;

  private String name;
  private String residentId;
  private String mobile;
  private String districtCode;

  public List<District> getDistricts() {
    return districts.all();
  }

  public String submit() {
    try {
      registration.register(new Registration(name, residentId, mobile, districtCode));
      session.registered(mobile.strip());
      return PlainRedirect.to("/signin.xhtml?registered=true");
    } catch (InvalidInputException e) {
      Messages.error("register:" + e.field(), e.messageKey());
      return null;
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getResidentId() {
    return residentId;
  }

  public void setResidentId(String residentId) {
    this.residentId = residentId;
  }

  public String getMobile() {
    return mobile;
  }

  public void setMobile(String mobile) {
    this.mobile = mobile;
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public void setDistrictCode(String districtCode) {
    this.districtCode = districtCode;
  }
}
