package com.onecodepass.web.access;

import com.onecodepass.codeissue.api.rules.InvalidRuleSettingsException;
import com.onecodepass.codeissue.api.rules.RuleSettings;
import com.onecodepass.codeissue.api.rules.RuleSettingsView;
import com.onecodepass.codeissue.api.rules.RuleSettingsView.ExitSetting;
import com.onecodepass.codeissue.api.rules.RuleVersionView;
import com.onecodepass.web.citizen.CitizenTime;
import com.onecodepass.web.platform.Messages;
import com.onecodepass.web.platform.StaffIdentity;
import com.onecodepass.web.staff.StaffAccess;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The city admin's rule settings page (/staff/rules.xhtml): the windows and thresholds of the rule
 * set in force as a form, published as a new version with a reason; the version history below.
 */
@Named
@ViewScoped
public class EditRuleSettings implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient RuleSettings settings;
  @Inject transient StaffAccess access;

  private int version;
  private int companionWindowMinutes;
  private int lookBackDays;
  private final List<GroupHours> groups = new ArrayList<>();
  private String riskCities;
  private final List<ExitRow> exits = new ArrayList<>();
  private String reason;
  private List<RuleVersionView> history;

  @PostConstruct
  void load() {
    RuleSettingsView s = settings.current();
    version = s.version();
    companionWindowMinutes = s.companionWindowMinutes();
    lookBackDays = s.lookBackDays();
    groups.clear();
    s.periodicTestHours().forEach((g, h) -> groups.add(new GroupHours(g, h)));
    riskCities = String.join(", ", s.riskCities());
    exits.clear();
    s.exits().forEach(x -> exits.add(new ExitRow(x)));
    reason = null;
    history = null;
  }

  public void publish() {
    Map<String, Integer> hours = new LinkedHashMap<>();
    groups.forEach(g -> hours.put(g.getGroup(), g.getHours()));
    List<String> cities =
        Arrays.stream(riskCities == null ? new String[0] : riskCities.split("[,，\\n]"))
            .map(String::strip)
            .filter(c -> !c.isEmpty())
            .toList();
    RuleSettingsView changed =
        new RuleSettingsView(
            version,
            companionWindowMinutes,
            lookBackDays,
            hours,
            cities,
            exits.stream().map(ExitRow::setting).toList());
    try {
      int published =
          settings.publish(access.scope(), changed, reason, StaffIdentity.clientAddress());
      load();
      Messages.info(null, MessageFormat.format(Messages.text("rules.published"), published));
    } catch (InvalidRuleSettingsException e) {
      for (InvalidRuleSettingsException.Violation v : e.violations()) {
        Messages.errorText(
            null,
            MessageFormat.format(
                Messages.text(v.messageKey()), label(v.field()), v.min(), v.max()));
      }
    }
  }

  private static String label(String field) {
    String key = "rules.field." + field.replaceFirst("^[A-Z_]+\\.", "exit.");
    String text = Messages.text(key);
    int dot = field.indexOf('.');
    return dot > 0 && Character.isUpperCase(field.charAt(0))
        ? Messages.text("rules.condition." + field.substring(0, dot)) + " · " + text
        : field.startsWith("periodicTestHours.")
            ? Messages.text("rules.field.periodicTestHours") + " · " + field.substring(dot + 1)
            : text;
  }

  /** A time as staff read it (city time, to the minute). */
  public String when(Instant at) {
    return at == null ? "" : CitizenTime.format(at);
  }

  public List<RuleVersionView> getHistory() {
    if (history == null) {
      history = settings.history(20);
    }
    return history;
  }

  public int getVersion() {
    return version;
  }

  public int getCompanionWindowMinutes() {
    return companionWindowMinutes;
  }

  public void setCompanionWindowMinutes(int companionWindowMinutes) {
    this.companionWindowMinutes = companionWindowMinutes;
  }

  public int getLookBackDays() {
    return lookBackDays;
  }

  public void setLookBackDays(int lookBackDays) {
    this.lookBackDays = lookBackDays;
  }

  public List<GroupHours> getGroups() {
    return groups;
  }

  public String getRiskCities() {
    return riskCities;
  }

  public void setRiskCities(String riskCities) {
    this.riskCities = riskCities;
  }

  public List<ExitRow> getExits() {
    return exits;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  /** One testing group's longest interval without a negative test, as a form row. */
  public static class GroupHours implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String group;
    private int hours;

    GroupHours(String group, int hours) {
      this.group = group;
      this.hours = hours;
    }

    public String getGroup() {
      return group;
    }

    public int getHours() {
      return hours;
    }

    public void setHours(int hours) {
      this.hours = hours;
    }
  }

  /** One rule's exit thresholds as a form row (colour and priority are shown only). */
  public static class ExitRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String condition;
    private final String colour;
    private final int priority;
    private int quarantineDays;
    private int negativeTests;
    private int negativeSpacingHours;

    ExitRow(ExitSetting x) {
      condition = x.condition();
      colour = x.colour();
      priority = x.priority();
      quarantineDays = x.quarantineDays();
      negativeTests = x.negativeTests();
      negativeSpacingHours = x.negativeSpacingHours();
    }

    ExitSetting setting() {
      return new ExitSetting(
          condition, colour, priority, quarantineDays, negativeTests, negativeSpacingHours);
    }

    public String getCondition() {
      return condition;
    }

    public String getColour() {
      return colour;
    }

    public int getPriority() {
      return priority;
    }

    public int getQuarantineDays() {
      return quarantineDays;
    }

    public void setQuarantineDays(int quarantineDays) {
      this.quarantineDays = quarantineDays;
    }

    public int getNegativeTests() {
      return negativeTests;
    }

    public void setNegativeTests(int negativeTests) {
      this.negativeTests = negativeTests;
    }

    public int getNegativeSpacingHours() {
      return negativeSpacingHours;
    }

    public void setNegativeSpacingHours(int negativeSpacingHours) {
      this.negativeSpacingHours = negativeSpacingHours;
    }
  }
}
