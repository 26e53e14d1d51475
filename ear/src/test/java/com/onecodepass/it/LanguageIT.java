package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The browser's Accept-Language picks zh-CN or English; the switch (a cookie) overrides it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LanguageIT {

  private static final String ENGLISH = "<html[^>]*\\slang=\"en\"";
  private static final String CHINESE = "<html[^>]*\\slang=\"zh-CN\"";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  @Test
  void acceptLanguagePicksTheLanguage() throws Exception {
    StaffSession browser = new StaffSession(base.toString());
    browser.language = "en-US,en;q=0.9";
    assertThat(browser.get("/index.xhtml").body())
        .containsPattern(ENGLISH)
        .contains(">Sign in<", "id=\"lang-switch\"", "lang=zh");
    browser.language = "zh-CN,zh;q=0.9,en;q=0.5";
    assertThat(browser.get("/index.xhtml").body())
        .containsPattern(CHINESE)
        .contains(">登录<", "lang=en");
    assertThat(browser.get("/staff/login.xhtml").body()).contains("工作人员登录");
  }

  @Test
  void withoutAnyPreferenceThePageIsChinese() throws Exception {
    HttpResponse<String> page =
        new StaffSession(base.toString())
            .client.send(
                HttpRequest.newBuilder(URI.create(base.toString() + "index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(page.body()).containsPattern(CHINESE).contains(">登录<");
  }

  @Test
  void theSwitchOverridesTheBrowserAndSticks() throws Exception {
    StaffSession browser = new StaffSession(base.toString());
    browser.language = "zh-CN,zh;q=0.9";
    HttpResponse<String> switched = browser.get("/index.xhtml?lang=en");
    assertThat(switched.body()).containsPattern(ENGLISH).contains(">Sign in<");
    assertThat(browser.cookie("ocp-lang")).isEqualTo("en");
    // Later pages, citizen and staff alike, stay English although the browser asks for Chinese.
    assertThat(browser.get("/signin.xhtml").body()).containsPattern(ENGLISH);
    assertThat(browser.get("/staff/login.xhtml").body()).contains("Staff sign-in");
    // The link keeps the page's other parameters.
    assertThat(browser.get("/signin.xhtml?next=%2Fcode.xhtml").body())
        .contains("next=%2Fcode.xhtml&amp;lang=zh");
    assertThat(browser.get("/index.xhtml?lang=zh").body()).contains(">登录<");
    assertThat(browser.cookie("ocp-lang")).isEqualTo("zh");
    browser.language = "en";
    assertThat(browser.get("/index.xhtml").body()).containsPattern(CHINESE);
  }
}
