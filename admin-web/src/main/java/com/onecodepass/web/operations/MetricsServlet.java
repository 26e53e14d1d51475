package com.onecodepass.web.operations;

import com.onecodepass.codeissue.api.code.CodeVerification;
import com.onecodepass.codeissue.api.district.DistrictFigures;
import com.onecodepass.platform.api.AuditChainHealth;
import com.onecodepass.platform.api.ClientAddress;
import com.onecodepass.triprecord.api.figures.CheckInFigures;
import com.onecodepass.web.platform.LatencyHistogram;
import com.onecodepass.web.surge.Admission;
import com.onecodepass.web.surge.RequestClass;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Prometheus text format (0.0.4) for this node: requests and latency per request class, admitted vs
 * shed, code cache hits, database pool, heap. Under /health so admission control never sheds the
 * scrape that would show the surge. Only for the monitoring network: loopback or private addresses,
 * and never a request the balancer forwarded from outside (X-Forwarded-For). JVM and subsystem
 * metrics are also on WildFly's management interface (:9990/metrics).
 */
@WebServlet("/health/metrics")
public class MetricsServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject RequestMetrics metrics;
  private final Admission admission = Admission.node();
  @Inject PlatformGauges gauges;
  @Inject ShortLivedCaches shortLived;
  @EJB AuditChainHealth auditChain;
  @EJB CodeVerification verification;
  @EJB DistrictFigures districtFigures;
  @EJB CheckInFigures checkInFigures;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    if (!fromMonitoringNetwork(req)) {
      res.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    res.setContentType("text/plain; version=0.0.4; charset=utf-8");
    res.setHeader("Cache-Control", "no-store");
    res.getWriter().write(render());
  }

  static boolean fromMonitoringNetwork(HttpServletRequest req) {
    if (req.getHeader("X-Forwarded-For") != null) {
      return false;
    }
    try {
      InetAddress a = InetAddress.getByName(ClientAddress.of(req));
      return a.isLoopbackAddress() || a.isSiteLocalAddress();
    } catch (IOException e) {
      return false;
    }
  }

  String render() {
    PrometheusText out = new PrometheusText(PlatformGauges.nodeName());
    out.type("ocp_requests_total", "counter", "Requests completed (admitted), by class");
    forEachClass(c -> out.sample("ocp_requests_total", c, metrics.of(c).completed()));
    out.type(
        "ocp_requests_shed_total", "counter", "Requests refused with 503 by admission control");
    forEachClass(c -> out.sample("ocp_requests_shed_total", c, admission.shed(c)));
    out.type("ocp_requests_admitted_total", "counter", "Requests admitted by admission control");
    forEachClass(c -> out.sample("ocp_requests_admitted_total", c, admission.admitted(c)));
    out.type("ocp_requests_server_errors_total", "counter", "Admitted requests answered 5xx");
    forEachClass(
        c -> out.sample("ocp_requests_server_errors_total", c, metrics.of(c).serverErrors()));
    out.type(
        "ocp_requests_in_flight", "gauge", "Requests being served now (check-in: queue depth)");
    forEachClass(c -> out.sample("ocp_requests_in_flight", c, metrics.of(c).inFlight()));
    out.type("ocp_request_duration_seconds", "histogram", "Latency of admitted requests");
    forEachClass(c -> out.histogram("ocp_request_duration_seconds", c, metrics.of(c).latency()));
    out.type(
        "ocp_shed_duration_seconds",
        "histogram",
        "Time to refuse a shed request: from its arrival at the node to the written 503");
    forEachClass(c -> out.histogram("ocp_shed_duration_seconds", c, admission.refusalTimes(c)));

    out.type("ocp_code_cache_hits_total", "counter", "Code-state cache reads that found the entry");
    out.sample("ocp_code_cache_hits_total", null, gauges.codeCacheHits());
    out.type(
        "ocp_code_cache_misses_total", "counter", "Code-state cache reads that went to the DB");
    out.sample("ocp_code_cache_misses_total", null, gauges.codeCacheMisses());
    gauge(out, "ocp_db_pool_in_use", "Database connections in use", gauges.poolInUse());
    gauge(out, "ocp_db_pool_available", "Database connections available", gauges.poolAvailable());
    gauge(out, "ocp_db_pool_max_used", "Most connections in use at once", gauges.poolMaxUsed());
    gauge(out, "ocp_db_pool_waiting", "Requests waiting for a connection", gauges.poolWaiting());
    out.type(
        "ocp_sign_in_cache_entries",
        "gauge",
        "Sign-in codes, failure counters and locks in the cache, cluster-wide (expire in 5-15 min)");
    out.sample("ocp_sign_in_cache_entries", null, shortLived.signInEntries());
    out.type(
        "ocp_rate_limit_cache_entries",
        "gauge",
        "Rate-limit windows in the cache, cluster-wide (they expire after two windows)");
    out.sample("ocp_rate_limit_cache_entries", null, shortLived.rateLimitEntries());
    out.type("ocp_heap_used_bytes", "gauge", "JVM heap in use");
    out.sample("ocp_heap_used_bytes", null, gauges.heapUsedBytes());
    out.type("ocp_start_time_seconds", "gauge", "When this node's application started");
    out.sample("ocp_start_time_seconds", null, gauges.startedAt() / 1000);
    out.type(
        "ocp_colour_count_drift",
        "gauge",
        "People the colour counters differed by at their last reconciliation (0: exact)");
    out.sample("ocp_colour_count_drift", null, districtFigures.colourCountDrift());
    out.type(
        "ocp_check_in_count_drift",
        "gauge",
        "Check-ins the hourly counters differed by at their last reconciliation (0: exact)");
    out.sample("ocp_check_in_count_drift", null, checkInFigures.hourlyDrift());
    out.type("ocp_audit_chain_intact", "gauge", "1 while the audit chain verifies, 0 once broken");
    out.sample("ocp_audit_chain_intact", null, auditChain.intact());
    out.type(
        "ocp_audit_chain_verified_timestamp_seconds", "gauge", "When the chain was last verified");
    out.sample("ocp_audit_chain_verified_timestamp_seconds", null, auditChain.verifiedAtSeconds());
    out.type("ocp_audit_chain_checked_entries_total", "counter", "Audit entries verified");
    out.sample("ocp_audit_chain_checked_entries_total", null, auditChain.entriesChecked());
    out.type(
        "ocp_signing_key_created_timestamp_seconds",
        "gauge",
        "When the key that signs codes now was created (rotation policy: ops/prometheus)");
    out.sample(
        "ocp_signing_key_created_timestamp_seconds",
        null,
        verification.activeSigningKeyCreatedAt().getEpochSecond());
    return out.toString();
  }

  private static void gauge(PrometheusText out, String name, String help, OptionalLong value) {
    if (value.isPresent()) {
      out.type(name, "gauge", help);
      out.sample(name, null, value.getAsLong());
    }
  }

  private static void forEachClass(java.util.function.Consumer<RequestClass> each) {
    for (RequestClass c : RequestClass.values()) {
      each.accept(c);
    }
  }

  /** Labels every sample with the node, so one Prometheus can scrape the whole cluster. */
  static final class PrometheusText {
    private final StringBuilder text = new StringBuilder();
    private final String node;

    PrometheusText(String node) {
      this.node = node.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    void type(String name, String type, String help) {
      text.append("# HELP ").append(name).append(' ').append(help).append('\n');
      text.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    void sample(String name, RequestClass c, double value) {
      text.append(name).append(labels(c, null)).append(' ').append(number(value)).append('\n');
    }

    void histogram(String name, RequestClass c, LatencyHistogram.Snapshot s) {
      for (int i = 0; i < s.bounds().length; i++) {
        text.append(name)
            .append("_bucket")
            .append(labels(c, number(s.bounds()[i])))
            .append(' ')
            .append(s.cumulative()[i])
            .append('\n');
      }
      text.append(name).append("_bucket").append(labels(c, "+Inf")).append(' ');
      text.append(s.count()).append('\n');
      text.append(name).append("_sum").append(labels(c, null)).append(' ');
      text.append(number(s.totalNanos() / 1e9)).append('\n');
      text.append(name).append("_count").append(labels(c, null)).append(' ');
      text.append(s.count()).append('\n');
    }

    private String labels(RequestClass c, String le) {
      StringBuilder l = new StringBuilder("{node=\"").append(node).append('"');
      if (c != null) {
        l.append(",class=\"").append(c.name().toLowerCase(Locale.ROOT)).append('"');
      }
      if (le != null) {
        l.append(",le=\"").append(le).append('"');
      }
      return l.append('}').toString();
    }

    private static String number(double v) {
      return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
