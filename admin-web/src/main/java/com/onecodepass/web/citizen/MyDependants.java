package com.onecodepass.web.citizen;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.citizen.Dependants;
import com.onecodepass.web.platform.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;

/** "My dependants": the people whose codes I hold, adding one (with consent) and removing one. */
@Named
@RequestScoped
public class MyDependants {

  private static final Set<String> FIELDS = Set.of("name", "residentId", "relation", "consent");

  @EJB Dependants dependants;
  @Inject CitizenSession session;
  @Inject HeldCodes heldCodes;

  private String name;
  private String residentId;
  private String relation;
  private boolean consent;
  private boolean added;

  public List<HeldCodes.Held> getHeld() {
    heldCodes.reload();
    return heldCodes.list();
  }

  public List<String> getRelations() {
    return Dependants.RELATIONS;
  }

  public boolean isFull() {
    return heldCodes.list().size() >= Dependants.MAX_PER_HOLDER;
  }

  public String add() {
    try {
      dependants.add(session.getCitizenId(), name, residentId, relation, consent);
      heldCodes.reload();
      return "/me/dependants.xhtml?faces-redirect=true&added=true";
    } catch (InvalidInputException e) {
      Messages.error(FIELDS.contains(e.field()) ? "dependants:" + e.field() : null, e.messageKey());
      return null;
    }
  }

  public String remove(long dependantId) {
    try {
      dependants.remove(session.getCitizenId(), dependantId);
    } catch (InvalidInputException e) {
      Messages.error(null, e.messageKey());
      return null;
    }
    heldCodes.reload();
    return "/me/dependants.xhtml?faces-redirect=true";
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

  public String getRelation() {
    return relation;
  }

  public void setRelation(String relation) {
    this.relation = relation;
  }

  public boolean isConsent() {
    return consent;
  }

  public void setConsent(boolean consent) {
    this.consent = consent;
  }

  public boolean isAdded() {
    return added;
  }
}
