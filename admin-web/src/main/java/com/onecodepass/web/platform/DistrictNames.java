package com.onecodepass.web.platform;

import com.onecodepass.codeissue.api.district.District;
import com.onecodepass.codeissue.api.district.Districts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Locale;

/** District names in the viewer's language; the 13 districts are read once per node. */
@ApplicationScoped
public class DistrictNames {

  @EJB Districts districts;

  private volatile List<District> all;

  public List<District> all() {
    if (all == null) {
      all = districts.all();
    }
    return all;
  }

  public String name(String code) {
    boolean english = isEnglish();
    return all().stream()
        .filter(d -> d.code().value().equals(code))
        .findFirst()
        .map(d -> english ? d.nameEn() : d.nameZh())
        .orElse(code == null ? "" : code);
  }

  public String nameZh(String code) {
    return all().stream()
        .filter(d -> d.code().value().equals(code))
        .findFirst()
        .map(District::nameZh)
        .orElse(code);
  }

  public String nameEn(String code) {
    return all().stream()
        .filter(d -> d.code().value().equals(code))
        .findFirst()
        .map(District::nameEn)
        .orElse(code);
  }

  private static boolean isEnglish() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces != null
        && faces.getViewRoot() != null
        && Locale.ENGLISH.getLanguage().equals(faces.getViewRoot().getLocale().getLanguage());
  }
}
