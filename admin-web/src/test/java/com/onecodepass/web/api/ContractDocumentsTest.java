package com.onecodepass.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.web.integration.entity.ItemReason;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.Yaml;

/** The committed contracts say what the code does: the per-item reasons, authentication, JSON. */
class ContractDocumentsTest {

  private static final Path WEB_INF = Path.of("src", "main", "webapp", "WEB-INF");
  private static final Path OPENAPI = WEB_INF.resolve("openapi/openapi.yaml");
  private static final Path WSDL = WEB_INF.resolve("wsdl/HealthCodeService.wsdl");
  private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;
  private static final String WSDL_NS = "http://schemas.xmlsoap.org/wsdl/";

  private static List<String> codeReasons() {
    return Arrays.stream(ItemReason.values()).map(ItemReason::code).toList();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theOpenApiDocumentListsExactlyTheCodesItemReasons() throws Exception {
    Map<String, Object> api;
    try (InputStream in = Files.newInputStream(OPENAPI)) {
      api = new Yaml().load(in);
    }
    Map<String, Object> schemas =
        (Map<String, Object>) ((Map<String, Object>) api.get("components")).get("schemas");
    Map<String, Object> reason = (Map<String, Object>) schemas.get("ItemReason");
    assertThat((List<String>) reason.get("enum")).containsExactlyElementsOf(codeReasons());
  }

  @Test
  void theWsdlListsExactlyTheCodesItemReasons() throws Exception {
    Document wsdl = wsdl();
    List<String> listed = new ArrayList<>();
    NodeList types = wsdl.getElementsByTagNameNS(XS, "simpleType");
    for (int i = 0; i < types.getLength(); i++) {
      Element type = (Element) types.item(i);
      if (type.getAttribute("name").equals("ItemReason")) {
        NodeList values = type.getElementsByTagNameNS(XS, "enumeration");
        for (int j = 0; j < values.getLength(); j++) {
          listed.add(((Element) values.item(j)).getAttribute("value"));
        }
      }
    }
    assertThat(listed).containsExactlyElementsOf(codeReasons());
  }

  @Test
  void theWsdlTellsAGeneratedClientHowToAuthenticate() throws Exception {
    Document wsdl = wsdl();
    for (String element : List.of("portType", "port")) {
      Element holder = (Element) wsdl.getElementsByTagNameNS(WSDL_NS, element).item(0);
      Element doc = (Element) holder.getElementsByTagNameNS(WSDL_NS, "documentation").item(0);
      assertThat(doc).as(element + " documentation").isNotNull();
      assertThat(doc.getTextContent()).contains("HTTP Basic", "Authorization: Basic");
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void theOpenApiDocumentNamesItsServerAndTheStatusesOfThePlatform() throws Exception {
    Map<String, Object> api;
    try (InputStream in = Files.newInputStream(OPENAPI)) {
      api = new Yaml().load(in);
    }
    Map<String, Object> server = ((List<Map<String, Object>>) api.get("servers")).get(0);
    assertThat(server.get("url")).isEqualTo("{origin}/api/v1");
    assertThat((Map<String, Object>) server.get("variables")).containsKey("origin");
    Map<String, Object> codeStatus =
        (Map<String, Object>)
            ((Map<String, Object>) ((Map<String, Object>) api.get("paths")).get("/code-status"))
                .get("post");
    assertThat(((Map<String, Object>) codeStatus.get("responses")).keySet())
        .contains("401", "403", "405", "406", "413", "415", "429", "503");
  }

  private static Document wsdl() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(WSDL.toFile());
  }
}
