package com.onecodepass.web.operations;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One node's figures as the other nodes read them from the shared cache. Stored as a plain {@code
 * key=value;…} string so any node can read it whatever classes it has deployed.
 */
public record NodeSnapshot(Map<String, String> values) {

  public static NodeSnapshot of(Map<String, ?> values) {
    Map<String, String> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, String.valueOf(v)));
    return new NodeSnapshot(copy);
  }

  public String encode() {
    StringBuilder out = new StringBuilder();
    values.forEach(
        (k, v) -> {
          if (!out.isEmpty()) {
            out.append(';');
          }
          out.append(k).append('=').append(v.replace(";", ","));
        });
    return out.toString();
  }

  public static NodeSnapshot decode(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    if (text != null) {
      for (String pair : text.split(";")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          values.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
      }
    }
    return new NodeSnapshot(values);
  }

  public String get(String key) {
    return values.getOrDefault(key, "");
  }

  public double number(String key) {
    try {
      return Double.parseDouble(get(key));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
