package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The registration form's refusals, shown next to the field in the reader's language. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegisterPageIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  @Test
  void theDemoNumberCannotBeRegisteredAgain() throws Exception {
    assertThat(register("zh-CN", "冯二", TestPeople.residentId(), "13800000000"))
        .containsPattern(atField("mobile", "该手机号已注册，请用它直接登录，或换一个手机号注册"));
    assertThat(register("en", "冯二", TestPeople.residentId(), "138 0000 0000"))
        .containsPattern(
            atField(
                "mobile",
                "This mobile number is already registered; sign in with it, or register with"
                    + " another number"));
  }

  @Test
  void aHeldDependantsIdIsRefusedWithWhatToDo() throws Exception {
    CitizenHttp holder =
        new CitizenHttp(root())
            .registerAndSignIn("冯父", TestPeople.residentId(), TestPeople.mobile());
    String childId = TestPeople.residentId();
    holder.post(
        "/me/dependants.xhtml",
        holder.get("/me/dependants.xhtml"),
        Map.of(
            "dependants", "dependants",
            "dependants:name", "冯小宝",
            "dependants:residentId", childId,
            "dependants:relation", "CHILD",
            "dependants:consent", "on",
            "dependants:submit", "x"));

    assertThat(register("zh-CN", "冯小宝", childId, TestPeople.mobile()))
        .containsPattern(atField("residentId", "您的健康码正由家人在“亲友码”中代管。"));
    assertThat(register("en", "冯小宝", childId, TestPeople.mobile()))
        .containsPattern(
            atField("residentId", "A family member holds your code under “Family codes”"));
    assertThat(register("en", "王大锤", childId, TestPeople.mobile()))
        .containsPattern(atField("name", "The name does not match this resident ID"));
    assertThat(holder.get("/me/dependants.xhtml")).contains("冯*宝").doesNotContain("王*锤");
  }

  private String register(String language, String name, String residentId, String mobile)
      throws Exception {
    StaffSession browser = new StaffSession(root());
    browser.language = language;
    String page = browser.page("/register.xhtml");
    HttpResponse<String> answer =
        browser.submit(
            "/register.xhtml",
            page,
            "register",
            "register:submit",
            Map.of(
                "register:name", name,
                "register:residentId", residentId,
                "register:mobile", mobile,
                "register:districtCode", "610102"));
    assertThat(answer.uri().getPath()).as("stays on the form").endsWith("/register.xhtml");
    return answer.body();
  }

  /** The message right after the field's input, where the form shows it. */
  private static Pattern atField(String field, String message) {
    return Pattern.compile(
        "id=\"register:"
            + field
            + "\"[^>]*>\\s*<span class=\"field-error\">[^<]*"
            + Pattern.quote(message));
  }

  private String root() {
    return base.toString().replaceAll("/+$", "");
  }
}
