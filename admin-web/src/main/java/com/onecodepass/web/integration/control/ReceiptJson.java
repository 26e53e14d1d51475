package com.onecodepass.web.integration.control;

import com.onecodepass.web.integration.entity.BatchReceipt;
import com.onecodepass.web.integration.entity.ItemOutcome;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** The stored form of a receipt in {@code api_batch.response} (the REST body, too). */
public final class ReceiptJson {

  private ReceiptJson() {}

  public static String write(BatchReceipt receipt) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (ItemOutcome item : receipt.items()) {
      JsonObjectBuilder o =
          Json.createObjectBuilder().add("index", item.index()).add("status", item.status());
      if (item.reason() != null) {
        o.add("reason", item.reason());
      }
      items.add(o);
    }
    return Json.createObjectBuilder()
        .add("idempotencyKey", receipt.idempotencyKey())
        .add("accepted", receipt.accepted())
        .add("rejected", receipt.rejected())
        .add("items", items)
        .build()
        .toString();
  }

  public static BatchReceipt read(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject o = reader.readObject();
      List<ItemOutcome> items = new ArrayList<>();
      for (JsonValue v : o.getJsonArray("items")) {
        JsonObject item = v.asJsonObject();
        items.add(
            new ItemOutcome(
                item.getInt("index"), item.getString("status"), item.getString("reason", null)));
      }
      return new BatchReceipt(
          o.getString("idempotencyKey"), o.getInt("accepted"), o.getInt("rejected"), items);
    }
  }
}
