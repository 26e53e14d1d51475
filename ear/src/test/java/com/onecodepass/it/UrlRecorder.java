package com.onecodepass.it;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieManager;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A browser's HTTP client that writes down every URL it touched: each request, each redirect's
 * {@code Location}, and every link, form target and source in the pages it received (what a browser
 * would request next, what lands in history, access logs and Referer headers).
 */
final class UrlRecorder extends HttpClient {

  private static final Pattern URL_ATTRIBUTE =
      Pattern.compile("\\s(?:href|action|src|formaction)=\"([^\"]*)\"");

  private final HttpClient client;
  private final List<String> urls = new CopyOnWriteArrayList<>();

  UrlRecorder(CookieManager cookies) {
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** A browser at the HTTP level (forms, cookies) whose every URL this recorder sees. */
  static StaffSession browser(String root, List<UrlRecorder> recorders) {
    CookieManager cookies = new CookieManager();
    UrlRecorder recorder = new UrlRecorder(cookies);
    recorders.add(recorder);
    return new StaffSession(root, cookies, recorder);
  }

  List<String> urls() {
    return List.copyOf(urls);
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    return record(request, client.send(request, handler));
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    return client.sendAsync(request, handler).thenApply(r -> record(request, r));
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request,
      HttpResponse.BodyHandler<T> handler,
      HttpResponse.PushPromiseHandler<T> push) {
    return client.sendAsync(request, handler, push).thenApply(r -> record(request, r));
  }

  private <T> HttpResponse<T> record(HttpRequest request, HttpResponse<T> response) {
    urls.add(request.uri().toString());
    for (Optional<HttpResponse<T>> hop = Optional.of(response);
        hop.isPresent();
        hop = hop.get().previousResponse()) {
      urls.add(hop.get().uri().toString());
      urls.addAll(hop.get().headers().allValues("Location"));
    }
    if (response.body() instanceof String page) {
      Matcher url = URL_ATTRIBUTE.matcher(page);
      while (url.find()) {
        urls.add(url.group(1).replace("&amp;", "&"));
      }
    }
    return response;
  }

  @Override
  public Optional<java.net.CookieHandler> cookieHandler() {
    return client.cookieHandler();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return client.connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return client.followRedirects();
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return client.proxy();
  }

  @Override
  public SSLContext sslContext() {
    return client.sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return client.sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return client.authenticator();
  }

  @Override
  public Version version() {
    return client.version();
  }

  @Override
  public Optional<Executor> executor() {
    return client.executor();
  }
}
