package com.onecodepass.web.api;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * The token of a {@code POST /api/v1/tokens/verify} body, read as the REST API's strict JSON-B
 * binding of {@code {"token": "..."}} reads it, without binding a record per request.
 *
 * <p>The body every scanner sends — an object with one string member {@code token} — is read with a
 * JSON-P stream of four events. Anything else is handed to the same strict binding as before
 * ({@link StrictJson}), so its quirks stay the contract's: a number or boolean becomes the token's
 * text, a repeated member wins, text after the object is not read, {@code null} or an empty body is
 * a missing token.
 */
public final class VerifyRequestBody {

  /** The body is not JSON this operation reads. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(Throwable cause) {
      super(cause);
    }
  }

  private static final JsonParserFactory PARSERS = Json.createParserFactory(null);

  private VerifyRequestBody() {}

  /**
   * The token, or null when the body names none.
   *
   * @throws Unreadable when the strict binding refuses the body
   */
  static String token(byte[] body) throws Unreadable {
    if (body.length == 0) {
      // What RESTEasy's JSON-B reader makes of an empty body: no entity, so no token.
      return null;
    }
    try (JsonParser parser =
        PARSERS.createParser(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
      if (parser.next() == JsonParser.Event.START_OBJECT
          && parser.next() == JsonParser.Event.KEY_NAME
          && parser.getString().equals("token")
          && parser.next() == JsonParser.Event.VALUE_STRING) {
        String token = parser.getString();
        if (parser.next() == JsonParser.Event.END_OBJECT) {
          return token;
        }
      }
    } catch (RuntimeException notTheUsualShape) {
      // The binding below decides, as it always did (and fails the same way).
    }
    return bound(body);
  }

  private static String bound(byte[] body) throws Unreadable {
    try {
      TokenRequest request =
          StrictJson.strict().fromJson(new ByteArrayInputStream(body), TokenRequest.class);
      return request == null ? null : request.token();
    } catch (RuntimeException e) {
      // RESTEasy's reader turned any failure of the binding into an unreadable body.
      throw new Unreadable(e);
    }
  }

  /** The body as JSON-B binds it: {@code {"token": "..."}}. */
  public record TokenRequest(String token) {}
}
