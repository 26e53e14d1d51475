package com.onecodepass.codeissue.colour.boundary;

import com.onecodepass.codeissue.api.rules.InvalidRuleSettingsException;
import com.onecodepass.codeissue.api.rules.InvalidRuleSettingsException.Violation;
import com.onecodepass.codeissue.api.rules.RuleSettings;
import com.onecodepass.codeissue.api.rules.RuleSettingsView;
import com.onecodepass.codeissue.api.rules.RuleSettingsView.ExitSetting;
import com.onecodepass.codeissue.api.rules.RuleVersionView;
import com.onecodepass.codeissue.colour.control.ExitPolicy;
import com.onecodepass.codeissue.colour.control.Rule;
import com.onecodepass.codeissue.colour.control.RuleChanges;
import com.onecodepass.codeissue.colour.control.RuleSet;
import com.onecodepass.codeissue.colour.control.RuleSetJson;
import com.onecodepass.codeissue.colour.control.RuleSets;
import com.onecodepass.codeissue.colour.control.RuleSettingsLimits;
import com.onecodepass.codeissue.colour.entity.RuleSetVersion;
import com.onecodepass.platform.api.Audit;
import com.onecodepass.platform.api.StaffScope;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule settings for city admins: the values of the rule set in force as a form, published as the
 * next version (author and reason on the version row, the change in the audit log). Only a city
 * admin's scope may publish (checked here: this module has no container security domain). Published
 * rules are in force on every node within 30 s; the people they can affect are re-coloured after
 * the commit.
 */
@Stateless
public class RuleSettingsService implements RuleSettings {

  @Inject RuleSets ruleSets;
  @Inject Event<RuleSetPublished> published;

  @EJB Audit audit;

  @Override
  public RuleSettingsView current() {
    return view(ruleSets.active());
  }

  @Override
  public List<RuleVersionView> history(int max) {
    // One more than shown: the oldest shown version's changes are against the one before it.
    List<RuleSetVersion> rows = ruleSets.newestFirst(max + 1);
    List<RuleVersionView> views = new ArrayList<>();
    for (int i = 0; i < Math.min(max, rows.size()); i++) {
      RuleSetVersion row = rows.get(i);
      RuleSet before = i + 1 < rows.size() ? RuleSetJson.read(rows.get(i + 1).definition()) : null;
      views.add(
          new RuleVersionView(
              row.version(),
              row.createdAt(),
              row.createdBy(),
              row.comment(),
              RuleChanges.between(before, RuleSetJson.read(row.definition()))));
    }
    return views;
  }

  @Override
  public int publish(
      StaffScope admin, RuleSettingsView changed, String reason, String clientAddress) {
    if (admin.role() != StaffScope.Role.CITY_ADMIN) {
      throw new EJBAccessException("rule settings are changed by city admins only");
    }
    List<Violation> violations = RuleSettingsLimits.check(changed, reason);
    if (!violations.isEmpty()) {
      throw new InvalidRuleSettingsException(violations);
    }
    RuleSet active = ruleSets.active();
    RuleSet next = apply(active, changed);
    List<String> changes = RuleChanges.between(active, next);
    if (changes.isEmpty()) {
      throw new InvalidRuleSettingsException(
          List.of(new Violation("form", "rules.error.unchanged", 0, 0)));
    }
    RuleSet stored = ruleSets.publish(next, admin.username(), reason.strip());
    String summary = String.join("; ", changes);
    audit.append(
        new Audit.Entry(
            admin.username(),
            admin.role().name(),
            admin.districtCode(),
            "rules.publish",
            "rule-set v" + stored.version(),
            cut(reason.strip() + " | " + summary, 300),
            clientAddress));
    published.fire(new RuleSetPublished(stored.version()));
    return stored.version();
  }

  private static RuleSet apply(RuleSet active, RuleSettingsView s) {
    Map<String, Integer> hours = new LinkedHashMap<>(active.periodicTestHours());
    s.periodicTestHours()
        .forEach(
            (group, h) -> {
              if (hours.containsKey(group)) {
                hours.put(group, h);
              }
            });
    List<Rule> rules = new ArrayList<>();
    for (Rule r : active.rules()) {
      ExitSetting x =
          s.exits().stream()
              .filter(e -> e.condition().equals(r.condition().name()))
              .findFirst()
              .orElse(null);
      rules.add(
          x == null
              ? r
              : new Rule(
                  r.condition(),
                  r.colour(),
                  r.priority(),
                  r.category(),
                  new ExitPolicy(x.quarantineDays(), x.negativeTests(), x.negativeSpacingHours())));
    }
    return new RuleSet(
        0,
        s.companionWindowMinutes(),
        s.lookBackDays(),
        hours,
        new java.util.TreeSet<>(s.riskCities().stream().map(String::strip).toList()),
        rules);
  }

  private static RuleSettingsView view(RuleSet r) {
    List<ExitSetting> exits =
        r.rules().stream()
            .map(
                x ->
                    new ExitSetting(
                        x.condition().name(),
                        x.colour().name(),
                        x.priority(),
                        x.exit().quarantineDays(),
                        x.exit().negativeTests(),
                        x.exit().negativeSpacingHours()))
            .toList();
    return new RuleSettingsView(
        r.version(),
        r.companionWindowMinutes(),
        r.lookBackDays(),
        new java.util.TreeMap<>(r.periodicTestHours()),
        r.riskCities().stream().sorted().toList(),
        exits);
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** Fired in the publishing transaction; re-colouring waits for its commit. */
  public record RuleSetPublished(int version) {}
}
