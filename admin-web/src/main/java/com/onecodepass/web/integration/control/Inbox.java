package com.onecodepass.web.integration.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Durable holding table ({@code api_inbox}) for accepted reports whose owning module has no API
 * yet. The payload is JSON and contains the resident ID: the table is as sensitive as the modules'
 * own and is emptied when the module takes the items over.
 */
@ApplicationScoped
public class Inbox {

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  public void put(String kind, ItemRef ref, Map<String, String> fields) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    fields.forEach((k, v) -> json.add(k, v == null ? "" : v));
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO api_inbox (kind, client_id, idempotency_key, item_index, payload,"
                    + " received_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, kind);
      insert.setString(2, ref.clientId());
      insert.setString(3, ref.idempotencyKey());
      insert.setInt(4, ref.index());
      insert.setString(5, json.build().toString());
      insert.setTimestamp(6, Timestamp.from(Instant.now()));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write api_inbox", e);
    }
  }
}
