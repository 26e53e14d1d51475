package com.onecodepass.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The streaming read of a verification body against what the JAX-RS resource bound before: JSON-B
 * with unknown properties refused, read by RESTEasy's JSON-B reader (an empty body is no entity;
 * any other failure is an unreadable body).
 */
class VerifyRequestBodyTest {

  public record Bound(String token) {}

  private static final Jsonb STRICT =
      JsonbBuilder.create(new JsonbConfig().setProperty("jsonb.fail-on-unknown-properties", true));

  /** "token:<value>", "token:null" or "unreadable", as the JAX-RS resource saw the body. */
  private static String before(byte[] body) {
    if (body.length == 0) {
      return "token:null";
    }
    try {
      Bound bound = STRICT.fromJson(new ByteArrayInputStream(body), Bound.class);
      return "token:" + (bound == null ? null : bound.token());
    } catch (RuntimeException e) {
      return "unreadable";
    }
  }

  private static String now(byte[] body) {
    try {
      return "token:" + VerifyRequestBody.token(body);
    } catch (VerifyRequestBody.Unreadable e) {
      return "unreadable";
    }
  }

  private static final List<String> BODIES =
      List.of(
          "",
          " ",
          "{}",
          "{\"token\":",
          "{\"token\":\"x\"",
          "{\"token\":\"x\",\"extra\":1}",
          "{\"extra\":1,\"token\":\"x\"}",
          "{\"token\":123}",
          "{\"token\":-1.5e3}",
          "{\"token\":true}",
          "{\"token\":null}",
          "{\"token\":{}}",
          "{\"token\":[]}",
          "{\"token\":[\"a\"]}",
          "{\"token\":\"a\",\"token\":\"b\"}",
          "{\"token\":\"a\",\"token\":null}",
          "{\"token\":\"a\"}{}",
          "{\"token\":\"a\"} x",
          "{\"token\":\"a\"}\u0000",
          "{}{}",
          "null",
          "\"x\"",
          "1",
          "true",
          "[]",
          "[1]",
          "[{\"token\":\"x\"}]",
          "\u0000",
          "{",
          "}",
          "[",
          "\"",
          "{\"Token\":\"a\"}",
          "{\"token\":\"x\",}",
          "{\"token\":'x'}",
          "{token:\"x\"}",
          "\uFEFF{\"token\":\"x\"}",
          "  {\n\"token\" : \"x\" }  ",
          "{\"token\":\"\"}",
          "{\"token\":\"\\u0000\\ud800\\\"\\\\\"}",
          "{\"token\":\"钟楼 <ocpxss> #{'ocp'.concat('el')}\"}",
          "{\"token\":\"https://evil.example/c/AQEBAAAB\"}",
          "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
          "[".repeat(3000));

  @Test
  void readsEveryBodyAsTheStrictBindingDid() {
    for (String body : BODIES) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      assertThat(now(bytes)).as(body).isEqualTo(before(bytes));
    }
  }

  @Test
  void bytesThatAreNotUtf8AreReadAsTheBindingReadThem() {
    List<byte[]> bodies =
        List.of(
            "{\"token\":\"\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1),
            "{\"token\":\"x\"}".getBytes(StandardCharsets.UTF_16LE),
            "{\"token\":\"x\"}".getBytes(StandardCharsets.UTF_16BE),
            new byte[] {'{', '"', 't', 'o', 'k', 'e', 'n', '"', ':', '"', (byte) 0xC3, '"', '}'},
            new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0});
    for (byte[] body : bodies) {
      assertThat(now(body)).isEqualTo(before(body));
    }
  }

  @Test
  void readsGeneratedBodiesAsTheStrictBindingDid() {
    Random random = new Random(14);
    String[] parts = {
      "{",
      "}",
      "[",
      "]",
      ",",
      ":",
      "\"token\"",
      "\"x\"",
      "\"extra\"",
      "1",
      "null",
      "true",
      " ",
      "\"",
      "\\",
      "\\u00e9",
      "é"
    };
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder body = new StringBuilder(random.nextBoolean() ? "{\"token\":" : "");
      for (int n = random.nextInt(8); n > 0; n--) {
        body.append(parts[random.nextInt(parts.length)]);
      }
      bodies.add(body.toString());
    }
    for (String body : bodies) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      assertThat(now(bytes)).as(body).isEqualTo(before(bytes));
    }
  }
}
