import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in N seeded citizens (mobiles 170xxxxxxxx, spread over the whole population) through
 * the real sign-in form with the demo SMS gateway, and writes one session cookie per line.
 *
 * usage: java bench/SignInCitizens.java BASE_URL POPULATION N OUT_FILE
 */
public class SignInCitizens {

  static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  static final Pattern FORM_TOKEN = Pattern.compile("name=\"ocp-form\"[^>]*value=\"([^\"]+)\"");
  static final Pattern CODE = Pattern.compile("id=\"demo-code\">(\\d{6})<");

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int population = Integer.parseInt(args[1]);
    int n = Integer.parseInt(args[2]);
    List<String> sessions = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      int i = (int) ((long) k * population / n);
      String mobile = String.format("170%08d", i);
      CookieManager cookies = new CookieManager();
      HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
      String page = get(client, base + "/signin.xhtml");
      page = post(client, base + "/signin.xhtml", page, "signin=signin&signin%3Amobile=" + mobile + "&signin%3Asend=x");
      Matcher code = CODE.matcher(page);
      if (!code.find()) {
        throw new IllegalStateException("no code for " + mobile);
      }
      post(client, base + "/signin.xhtml", page, "signin=signin&signin%3Amobile=" + mobile + "&signin%3Acode=" + code.group(1) + "&signin%3Asubmit=x");
      for (HttpCookie c : cookies.getCookieStore().getCookies()) {
        if (c.getName().equals("ocp-citizen")) {
          sessions.add(c.getName() + "=" + c.getValue());
        }
      }
    }
    Files.write(Path.of(args[3]), sessions);
    System.out.println("signed in " + sessions.size() + " citizens");
  }

  static String get(HttpClient client, String url) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  static String post(HttpClient client, String url, String page, String form) throws Exception {
    Matcher vs = VIEW_STATE.matcher(page);
    if (vs.find()) {
      form += "&jakarta.faces.ViewState=" + URLEncoder.encode(vs.group(1), StandardCharsets.UTF_8);
    }
    Matcher token = FORM_TOKEN.matcher(page);
    if (token.find()) {
      form += "&ocp-form=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }
    return client.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
