package com.onecodepass.web.integration.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What an integrator client may do; stored space-separated in {@code api_client.scopes}. */
public enum Scope {
  RESULTS_WRITE("results:write"),
  VACCINATIONS_WRITE("vaccinations:write"),
  TRIPS_WRITE("trips:write"),
  CODE_READ("code:read"),
  AREAS_READ("areas:read");

  private final String value;

  Scope(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  public static Set<Scope> parse(String spaceSeparated) {
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    if (spaceSeparated == null) {
      return scopes;
    }
    for (String s : spaceSeparated.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
      Arrays.stream(values()).filter(v -> v.value.equals(s)).forEach(scopes::add);
    }
    return scopes;
  }

  public static String format(Set<Scope> scopes) {
    return scopes.stream().sorted().map(Scope::value).collect(Collectors.joining(" "));
  }
}
