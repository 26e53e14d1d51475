package com.onecodepass.web.api;

import com.onecodepass.web.integration.entity.CodeStatusAnswer;
import com.onecodepass.web.integration.entity.RiskAreaView;
import com.onecodepass.web.integration.entity.TokenCheck;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;

/** The REST answers' JSON; absent values are left out, times are ISO-8601 UTC. */
final class ApiJson {

  private ApiJson() {}

  static String tokenCheck(TokenCheck check) {
    JsonObjectBuilder json = Json.createObjectBuilder().add("valid", check.valid());
    put(json, "error", check.error());
    put(json, "color", check.colour());
    put(json, "maskedName", check.maskedName());
    put(json, "issuedAt", check.issuedAt());
    put(json, "expiresAt", check.expiresAt());
    if (check.foreignLink()) {
      json.add("foreignLink", true);
    }
    return json.build().toString();
  }

  static String codeStatus(CodeStatusAnswer status) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    put(json, "color", status.colour());
    put(json, "colorSince", status.colourSince());
    put(json, "reasonCategory", status.reasonCategory());
    put(json, "maskedName", status.maskedName());
    put(json, "maskedResidentId", status.maskedResidentId());
    return json.build().toString();
  }

  static String riskAreas(List<RiskAreaView> areas) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (RiskAreaView a : areas) {
      JsonObjectBuilder json = Json.createObjectBuilder();
      put(json, "id", a.id());
      put(json, "districtCode", a.districtCode());
      put(json, "name", a.name());
      put(json, "level", a.level());
      put(json, "effectiveFrom", a.effectiveFrom());
      put(json, "effectiveUntil", a.effectiveUntil());
      array.add(json);
    }
    return Json.createObjectBuilder().add("areas", array).build().toString();
  }

  private static void put(JsonObjectBuilder json, String name, Object value) {
    if (value instanceof String s) {
      json.add(name, s);
    } else if (value instanceof Instant t) {
      json.add(name, t.toString());
    }
  }
}
