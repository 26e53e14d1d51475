package com.onecodepass.codeissue.colour.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** What one rule set changed from another, one line per value: {@code lookBackDays: 14 → 10}. */
public final class RuleChanges {

  private RuleChanges() {}

  public static List<String> between(RuleSet before, RuleSet after) {
    List<String> changes = new ArrayList<>();
    if (before == null) {
      changes.add("initial rule set");
      return changes;
    }
    line(
        changes,
        "companionWindowMinutes",
        before.companionWindowMinutes(),
        after.companionWindowMinutes());
    line(changes, "lookBackDays", before.lookBackDays(), after.lookBackDays());
    TreeSet<String> groups = new TreeSet<>(before.periodicTestHours().keySet());
    groups.addAll(after.periodicTestHours().keySet());
    for (String g : groups) {
      line(
          changes,
          "periodicTestHours." + g,
          before.periodicTestHours().get(g),
          after.periodicTestHours().get(g));
    }
    line(
        changes,
        "riskCities",
        new TreeSet<>(before.riskCities()),
        new TreeSet<>(after.riskCities()));
    for (Rule r : after.rules()) {
      before
          .ruleFor(r.condition())
          .ifPresentOrElse(
              old -> {
                String c = r.condition().name();
                line(changes, c + ".colour", old.colour(), r.colour());
                line(changes, c + ".priority", old.priority(), r.priority());
                line(
                    changes,
                    c + ".quarantineDays",
                    old.exit().quarantineDays(),
                    r.exit().quarantineDays());
                line(
                    changes,
                    c + ".negativeTests",
                    old.exit().negativeTests(),
                    r.exit().negativeTests());
                line(
                    changes,
                    c + ".negativeSpacingHours",
                    old.exit().negativeSpacingHours(),
                    r.exit().negativeSpacingHours());
              },
              () -> changes.add(r.condition() + ": new rule"));
    }
    for (Rule r : before.rules()) {
      if (after.ruleFor(r.condition()).isEmpty()) {
        changes.add(r.condition() + ": removed");
      }
    }
    return changes;
  }

  private static void line(List<String> changes, String name, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      changes.add(name + ": " + before + " → " + after);
    }
  }
}
