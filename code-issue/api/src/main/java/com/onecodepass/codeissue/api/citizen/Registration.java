package com.onecodepass.codeissue.api.citizen;

/** What a citizen types into the registration form; validated by the boundary, not trusted. */
public record Registration(String name, String residentId, String mobile, String districtCode) {}
