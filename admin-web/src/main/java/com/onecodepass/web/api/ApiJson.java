package com.onecodepass.web.api;

import com.onecodepass.web.integration.entity.CodeStatusAnswer;
import com.onecodepass.web.integration.entity.RiskAreaView;
import com.onecodepass.web.integration.entity.TokenCheck;
import com.onecodepass.web.platform.JsonText;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** The REST answers' JSON; absent values are left out, times are ISO-8601 UTC. */
final class ApiJson {

  private ApiJson() {}

  /**
   * The verification answer, written by hand from a fixed template: it is the public hot path
   * (every checkpoint scan), and seven fields do not need a JSON-P object tree per request. Same
   * fields, order and omissions as the other answers here ({@code ApiJsonTest}).
   */
  static byte[] tokenCheck(TokenCheck check) {
    StringBuilder json = new StringBuilder(256).append("{\"valid\":").append(check.valid());
    field(json, "error", check.error());
    field(json, "color", check.colour());
    field(json, "maskedName", check.maskedName());
    field(json, "issuedAt", check.issuedAt() == null ? null : check.issuedAt().toString());
    field(json, "expiresAt", check.expiresAt() == null ? null : check.expiresAt().toString());
    if (check.foreignLink()) {
      json.append(",\"foreignLink\":true");
    }
    return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void field(StringBuilder json, String name, String value) {
    if (value != null) {
      json.append(",\"").append(name).append("\":");
      JsonText.string(json, value);
    }
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
