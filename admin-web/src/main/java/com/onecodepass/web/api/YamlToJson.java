package com.onecodepass.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The JSON form of a YAML document (plain data only: maps, lists, scalars). */
final class YamlToJson {

  private YamlToJson() {}

  static String convert(InputStream yaml) {
    Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    return value(document).toString();
  }

  private static JsonValue value(Object node) {
    if (node == null) {
      return JsonValue.NULL;
    }
    if (node instanceof Map<?, ?> map) {
      JsonObjectBuilder object = Json.createObjectBuilder();
      map.forEach((k, v) -> object.add(String.valueOf(k), value(v)));
      return object.build();
    }
    if (node instanceof List<?> list) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      list.forEach(v -> array.add(value(v)));
      return array.build();
    }
    if (node instanceof Boolean b) {
      return b ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (node instanceof Integer || node instanceof Long) {
      return Json.createValue(((Number) node).longValue());
    }
    if (node instanceof Number n) {
      return Json.createValue(n.doubleValue());
    }
    // An unquoted timestamp: written back as the instant it denotes.
    if (node instanceof Date d) {
      return Json.createValue(d.toInstant().toString());
    }
    return Json.createValue(String.valueOf(node));
  }
}
