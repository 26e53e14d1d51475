package com.onecodepass.web.clients;

import com.onecodepass.web.audit.boundary.StaffAudit;
import com.onecodepass.web.integration.boundary.ClientAdministration;
import com.onecodepass.web.integration.entity.ApiClientView;
import com.onecodepass.web.integration.entity.Scope;
import com.onecodepass.web.platform.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The city admin's page of integrator clients (/staff/clients.xhtml): create, rotate a secret
 * (shown once), enable/disable, change scopes and rate limit.
 */
@Named
@ViewScoped
public class ManageApiClients implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient ClientAdministration administration;
  @Inject transient StaffAudit audit;

  private List<ApiClientView> clients;
  private final Map<String, List<String>> editedScopes = new HashMap<>();
  private final Map<String, Integer> editedRates = new HashMap<>();

  private String newId;
  private String newName;
  private List<String> newScopes = new ArrayList<>();
  private int newRate = 20;

  /** A freshly issued secret and whose it is: rendered once, never stored in clear. */
  private String shownSecret;

  private String shownFor;

  public List<ApiClientView> getClients() {
    if (clients == null) {
      clients = administration.all();
      for (ApiClientView c : clients) {
        editedScopes.put(c.clientId(), new ArrayList<>(List.of(c.scopes().split("\\s+"))));
        editedRates.put(c.clientId(), c.requestsPerSecond());
      }
    }
    return clients;
  }

  public void create() {
    try {
      shownSecret =
          administration.create(
              newId == null ? null : newId.strip(), newName, scopes(newScopes), newRate);
      shownFor = newId.strip();
      audit.record("apiclient.create", "client " + shownFor, null);
      newId = null;
      newName = null;
      newScopes = new ArrayList<>();
      clients = null;
    } catch (IllegalArgumentException e) {
      Messages.error("create:id", e.getMessage());
    }
  }

  public void rotate(String clientId) {
    shownSecret = administration.rotateSecret(clientId);
    shownFor = clientId;
    audit.record("apiclient.rotate-secret", "client " + clientId, null);
    clients = null;
  }

  public void toggle(ApiClientView client) {
    administration.setEnabled(client.clientId(), !client.enabled());
    audit.record(
        client.enabled() ? "apiclient.disable" : "apiclient.enable",
        "client " + client.clientId(),
        null);
    clients = null;
  }

  public void saveScopes(String clientId) {
    administration.setScopes(
        clientId, scopes(editedScopes.get(clientId)), editedRates.getOrDefault(clientId, 20));
    audit.record("apiclient.scopes", "client " + clientId, null);
    clients = null;
  }

  private static Set<Scope> scopes(List<String> values) {
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    if (values != null) {
      values.forEach(v -> scopes.addAll(Scope.parse(v)));
    }
    return scopes;
  }

  public List<String> getAllScopes() {
    return EnumSet.allOf(Scope.class).stream().map(Scope::value).toList();
  }

  public Map<String, List<String>> getEditedScopes() {
    return editedScopes;
  }

  public Map<String, Integer> getEditedRates() {
    return editedRates;
  }

  public String getNewId() {
    return newId;
  }

  public void setNewId(String newId) {
    this.newId = newId;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public List<String> getNewScopes() {
    return newScopes;
  }

  public void setNewScopes(List<String> newScopes) {
    this.newScopes = newScopes;
  }

  public int getNewRate() {
    return newRate;
  }

  public void setNewRate(int newRate) {
    this.newRate = newRate;
  }

  public String getShownSecret() {
    return shownSecret;
  }

  public String getShownFor() {
    return shownFor;
  }
}
