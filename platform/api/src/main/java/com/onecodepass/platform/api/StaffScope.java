package com.onecodepass.platform.api;

/**
 * Who is asking, as the web layer established it: the staff user, their role and (for district
 * staff and venue operators) their district. every module scopes each staff read and change by it.
 */
public record StaffScope(String username, Role role, String districtCode) {

  public enum Role {
    CITY_ADMIN,
    DISTRICT_STAFF,
    CHECKER,
    VENUE_OPERATOR
  }

  /** City admins and district staff with a district: the roles that work cases and appeals. */
  public boolean isOfficer() {
    return role == Role.CITY_ADMIN || (role == Role.DISTRICT_STAFF && districtCode != null);
  }

  /** City admins act on every district; district staff only on their own. */
  public boolean mayManage(String venueDistrict) {
    return role == Role.CITY_ADMIN
        || (role == Role.DISTRICT_STAFF
            && venueDistrict != null
            && venueDistrict.equals(districtCode));
  }
}
