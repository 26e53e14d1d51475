package com.onecodepass.web.staff;

import com.onecodepass.platform.api.StaffScope.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every page under {@code /staff/} with the roles that may open it. The menu is drawn from this
 * list and the role x page matrix test checks the server against it (and fails for a page file that
 * is missing here), so a new page cannot be forgotten. web.xml enforces the same roles.
 */
public enum StaffPage {
  HOME("index", "staff.home.title", false, Who.ALL),
  DASHBOARD("dashboard", "dashboard.title", true, Who.OFFICERS),
  SAMPLING(
      "sampling",
      "sampling.title",
      true,
      EnumSet.of(Role.CHECKER, Role.DISTRICT_STAFF, Role.CITY_ADMIN)),
  LAB_RESULTS("lab-results", "lab.title", true, Who.OFFICERS),
  IMPORTS("imports", "import.title", true, Who.OFFICERS),
  VENUES("venues", "venues.title", true, Who.ALL),
  VENUE("venue", "venues.title", false, Who.ALL),
  VENUE_NEW("venue-new", "venues.title", false, Who.ALL),
  TRACING("tracing", "tracing.title", true, Who.OFFICERS),
  CLIENTS("clients", "clients.title", true, EnumSet.of(Role.CITY_ADMIN)),
  STATUS("status", "status.title", true, EnumSet.of(Role.CITY_ADMIN)),
  CITIZEN("citizen", "citizen.title", true, Who.OFFICERS),
  AUDIT("audit", "audit.title", true, Who.OFFICERS),
  ACCOUNTS("accounts", "access.title", true, EnumSet.of(Role.CITY_ADMIN)),
  RULES("rules", "rules.title", true, EnumSet.of(Role.CITY_ADMIN)),
  RISK_AREAS("risk-areas", "risk.title", true, Who.OFFICERS),
  APPEALS("appeals", "appealDesk.title", true, Who.OFFICERS),
  OVERRIDES("overrides", "override.title", true, Who.OFFICERS),
  CASES("cases", "cases.title", true, Who.OFFICERS),
  CASE("case", "cases.title", false, Who.OFFICERS);

  /**
   * Role groups many pages share (a nested class: enum constants cannot read the enum's statics).
   */
  private static final class Who {
    static final Set<Role> ALL = EnumSet.allOf(Role.class);
    static final Set<Role> OFFICERS = EnumSet.of(Role.CITY_ADMIN, Role.DISTRICT_STAFF);
  }

  private final String file;
  private final String titleKey;
  private final boolean inMenu;
  private final Set<Role> roles;

  StaffPage(String file, String titleKey, boolean inMenu, Set<Role> roles) {
    this.file = file;
    this.titleKey = titleKey;
    this.inMenu = inMenu;
    this.roles = EnumSet.copyOf(roles);
  }

  /** Path inside the web application, e.g. {@code /staff/tracing.xhtml}. */
  public String path() {
    return "/staff/" + file + ".xhtml";
  }

  public String file() {
    return file;
  }

  public String titleKey() {
    return titleKey;
  }

  public boolean inMenu() {
    return inMenu;
  }

  public Set<Role> roles() {
    return EnumSet.copyOf(roles);
  }

  public boolean allows(Role role) {
    return roles.contains(role);
  }
}
