package com.onecodepass.web.access.control;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a staff account must look like. Each check answers with the bundle key of its message, or
 * empty when the value is fine. Pure, so the rules are unit-tested on their own.
 */
public final class StaffAccountRules {

  public static final Set<String> ROLES =
      Set.of("CITY_ADMIN", "DISTRICT_STAFF", "CHECKER", "VENUE_OPERATOR");

  /** Roles whose work is inside one district, which the account must name. */
  public static final Set<String> DISTRICT_ROLES = Set.of("DISTRICT_STAFF", "VENUE_OPERATOR");

  public static final int MIN_PASSWORD = 10;

  private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,39}");
  private static final Set<String> COMMON =
      Set.of("password", "passw0rd", "12345678", "qwerty", "admin", "onecodepass", "xian");
  private static final String GENERATED =
      "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789#%+=!";
  private static final SecureRandom RANDOM = new SecureRandom();

  private StaffAccountRules() {}

  public static Optional<String> username(String username) {
    return username != null && USERNAME.matcher(username).matches()
        ? Optional.empty()
        : Optional.of("access.error.username");
  }

  public static Optional<String> displayName(String name) {
    return name != null && !name.isBlank() && name.strip().length() <= 60
        ? Optional.empty()
        : Optional.of("access.error.displayName");
  }

  public static Optional<String> role(String role) {
    return role != null && ROLES.contains(role)
        ? Optional.empty()
        : Optional.of("access.error.role");
  }

  /** District staff and venue operators need a district; a city admin has none. */
  public static Optional<String> district(String role, String district, boolean known) {
    if (DISTRICT_ROLES.contains(role) && (district == null || district.isBlank())) {
      return Optional.of("access.error.districtRequired");
    }
    if (district != null && !district.isBlank() && !known) {
      return Optional.of("access.error.districtUnknown");
    }
    return Optional.empty();
  }

  /**
   * Whether taking {@code role}/{@code enabled} away from an account (disabling or demoting it)
   * leaves the city at least one enabled city admin, given how many there are now.
   */
  public static boolean leavesACityAdmin(String role, boolean enabled, int enabledCityAdmins) {
    return !"CITY_ADMIN".equals(role) || !enabled || enabledCityAdmins > 1;
  }

  /**
   * At least {@value #MIN_PASSWORD} characters, three of four kinds (lower case, upper case, digit,
   * other), not the username and not a well-known password.
   */
  public static Optional<String> password(String password, String username) {
    if (password == null || password.length() < MIN_PASSWORD || password.length() > 100) {
      return Optional.of("access.error.passwordLength");
    }
    int kinds = 0;
    kinds += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
    kinds += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
    kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
    kinds += password.chars().anyMatch(ch -> !Character.isLetterOrDigit(ch)) ? 1 : 0;
    if (kinds < 3) {
      return Optional.of("access.error.passwordKinds");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if ((username != null
            && username.length() >= 3
            && lower.contains(username.toLowerCase(Locale.ROOT)))
        || COMMON.stream().anyMatch(lower::contains)) {
      return Optional.of("access.error.passwordGuessable");
    }
    return Optional.empty();
  }

  /** A random password that passes {@link #password}: shown to the admin once. */
  public static String generatePassword() {
    while (true) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 14; i++) {
        b.append(GENERATED.charAt(RANDOM.nextInt(GENERATED.length())));
      }
      if (password(b.toString(), null).isEmpty()) {
        return b.toString();
      }
    }
  }
}
