package com.onecodepass.codeissue.colour.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The stored form of a rule set: JSON, readable by the admins who change it. */
public final class RuleSetJson {

  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withFormatting(false));

  private RuleSetJson() {}

  public static String write(RuleSet rules) {
    return JSONB.toJson(rules);
  }

  /**
   * @throws IllegalArgumentException when the JSON does not describe a valid rule set
   */
  public static RuleSet read(String json) {
    try {
      RuleSet rules = JSONB.fromJson(json, RuleSet.class);
      if (rules == null || rules.rules() == null) {
        throw new IllegalArgumentException("not a rule set");
      }
      return rules;
    } catch (jakarta.json.bind.JsonbException e) {
      throw new IllegalArgumentException("not a valid rule set: " + e.getMessage(), e);
    }
  }

  /** The rule set a new installation starts with (from the brief's rules). */
  public static RuleSet defaults() {
    try (InputStream in = RuleSetJson.class.getResourceAsStream("/rules/default-rule-set.json")) {
      return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
