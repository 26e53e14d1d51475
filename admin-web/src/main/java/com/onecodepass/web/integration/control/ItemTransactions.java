package com.onecodepass.web.integration.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Applies one batch item in its own transaction together with the row that says it was applied:
 * both commit or neither does. A rejected item (an exception) rolls back alone and leaves the rest
 * of the batch untouched.
 */
@Stateless
public class ItemTransactions {

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void applyOnce(ItemRef item, Runnable effect) {
    effect.run();
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO api_batch_item (client_id, idempotency_key, item_index)"
                    + " VALUES (?, ?, ?)")) {
      insert.setString(1, item.clientId());
      insert.setString(2, item.idempotencyKey());
      insert.setInt(3, item.index());
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot record applied item", e);
    }
  }
}
