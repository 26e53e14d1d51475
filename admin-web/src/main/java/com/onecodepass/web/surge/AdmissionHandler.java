package com.onecodepass.web.surge;

import io.undertow.server.ExchangeCompletionListener;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Sheds load beyond this node's capacity on Undertow's I/O thread, before the request is queued for
 * a worker thread: 503 with Retry-After and a tiny self-contained page (people) or problem+json
 * (programs). A servlet filter decides too late: by the time it runs, the request has already
 * waited in the worker queue behind everything else (measured: refusals took as long as the
 * admitted requests). Static assets and health probes are never limited.
 */
public class AdmissionHandler implements HttpHandler {

  // Self-contained on purpose: no stylesheet, script or image to fetch from a busy server.
  private static final String BUSY_PAGE =
      "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
          + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
          + "<title>一码通 · 请稍候</title></head><body>"
          + "<h1>当前访问人数较多</h1><p>请在 <b>%d</b> 秒后重试。已打开的健康码仍然有效。</p>"
          + "<h1>Busy right now</h1><p>Please try again in <b>%d</b> s. A code already on"
          + " your screen stays valid.</p></body></html>";

  private final HttpHandler next;
  private final Admission admission;

  private final ExchangeCompletionListener[] releases;

  public AdmissionHandler(HttpHandler next, Admission admission) {
    this.next = next;
    this.admission = admission;
    RequestClass[] classes = RequestClass.values();
    releases = new ExchangeCompletionListener[classes.length];
    for (RequestClass c : classes) {
      releases[c.ordinal()] =
          (done, nextListener) -> {
            admission.release(c);
            nextListener.proceed();
          };
    }
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    String path = exchange.getRelativePath();
    if (RequestClass.exempt(path)) {
      next.handleRequest(exchange);
      return;
    }
    RequestClass requestClass = RequestClass.of(path);
    if (!admission.tryAdmit(requestClass)) {
      // From the moment Undertow started reading the request (record-request-start-time on the
      // listener, common.cli), so time spent waiting for the I/O thread counts too.
      long arrived = exchange.getRequestStartTime();
      long start = arrived > 0 ? arrived : System.nanoTime();
      refuse(exchange, requestClass, RequestClass.machineClient(path));
      admission.refused(requestClass, System.nanoTime() - start);
      return;
    }
    exchange.addExchangeCompleteListener(releases[requestClass.ordinal()]);
    next.handleRequest(exchange);
  }

  /**
   * The refusal, from bytes prepared once per class: on the I/O thread under overload nothing is
   * formatted or encoded per request (the busy page was a {@code String.format} per refusal).
   */
  static void refuse(HttpServerExchange exchange, RequestClass c, boolean machine) {
    Refusal r = REFUSALS[c.ordinal()];
    ByteBuffer body = machine ? r.problem() : r.page();
    exchange.setStatusCode(StatusCodes.SERVICE_UNAVAILABLE);
    HeaderMap headers = exchange.getResponseHeaders();
    headers.put(Headers.RETRY_AFTER, r.retryAfter());
    headers.put(Headers.CACHE_CONTROL, "no-store");
    headers.put(
        Headers.CONTENT_TYPE, machine ? "application/problem+json" : "text/html;charset=UTF-8");
    headers.put(Headers.CONTENT_LENGTH, body.remaining());
    exchange.getResponseSender().send(body.duplicate());
  }

  /** One class's refusal: the Retry-After value and both bodies, read-only. */
  private record Refusal(String retryAfter, ByteBuffer problem, ByteBuffer page) {

    static Refusal of(RequestClass c) {
      int retry = c.retryAfterSeconds();
      String problem =
          "{\"type\":\"https://onecodepass.example/problems/overloaded\",\"title\":\"Overloaded\","
              + "\"status\":503,\"detail\":\"This node is at capacity; retry after "
              + retry
              + " s.\"}";
      return new Refusal(
          Integer.toString(retry), bytes(problem), bytes(String.format(BUSY_PAGE, retry, retry)));
    }

    private static ByteBuffer bytes(String text) {
      byte[] b = text.getBytes(StandardCharsets.UTF_8);
      return ByteBuffer.allocateDirect(b.length).put(b).flip().asReadOnlyBuffer();
    }
  }

  private static final Refusal[] REFUSALS = refusals();

  private static Refusal[] refusals() {
    RequestClass[] classes = RequestClass.values();
    Refusal[] all = new Refusal[classes.length];
    for (RequestClass c : classes) {
      all[c.ordinal()] = Refusal.of(c);
    }
    return all;
  }
}
