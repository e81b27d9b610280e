package io.seedscope.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.Config;
import io.seedscope.model.GroupKey;
import io.seedscope.model.ResultSet;
import io.seedscope.model.RunStatus;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class WritersTest {

  /** A group whose label holds every character that XML and Markdown treat specially. */
  static final GroupKey NASTY =
      new GroupKey("p<p>o & \"x\" | y", "Half|Cheetah", Config.of(Map.of("tag", "a\u0001b")));

  static GateReport report() {
    ResultSet rs =
        new Runs()
            .okValues(NASTY, 9, 11)
            .status(NASTY, 5, RunStatus.FAILED)
            .okValues(Runs.key("b"), 1, 1, 1)
            .build();
    return Gate.evaluate(
        rs, GateRules.builder().minSeeds(3).maxCv(0.1).determinism(0.0).build(), null);
  }

  @Test
  void junitXmlParsesBackWithCountsAndEscapedText(@TempDir Path dir) throws Exception {
    GateReport r = report();
    Path f = dir.resolve("target/gate.xml");
    JUnitXmlWriter.write(r, f);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(f.toFile());
    Element suites = doc.getDocumentElement();
    assertEquals("testsuites", suites.getTagName());
    NodeList suite = suites.getElementsByTagName("testsuite");
    assertEquals(1, suite.getLength());
    Element s = (Element) suite.item(0);
    for (Element e : new Element[] {suites, s}) {
      assertEquals("6", e.getAttribute("tests"));
      assertEquals("2", e.getAttribute("failures"));
      assertEquals("2", e.getAttribute("skipped"));
      assertEquals("0", e.getAttribute("errors"));
    }
    NodeList cases = s.getElementsByTagName("testcase");
    assertEquals(6, cases.getLength());
    Element first = (Element) cases.item(0);
    assertEquals(
        "p<p>o & \"x\" | y / Half|Cheetah / tag=a\uFFFDb", first.getAttribute("classname"));
    assertEquals("minSeeds", first.getAttribute("name"));
    Element failure = (Element) first.getElementsByTagName("failure").item(0);
    assertTrue(failure.getAttribute("message").startsWith("2 seed(s)"));
    assertTrue(failure.getTextContent().contains("threshold: 3"), failure.getTextContent());
    assertEquals(2, doc.getElementsByTagName("failure").getLength());
    assertEquals(2, doc.getElementsByTagName("skipped").getLength());
  }

  @Test
  void junitXmlForAnEmptyReportIsStillValid() throws Exception {
    String xml = JUnitXmlWriter.toXml(GateReport.of("return", "maximize", java.util.List.of()));
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertEquals("0", doc.getDocumentElement().getAttribute("tests"));
  }

  @Test
  void markdownEscapesPipesAndHtml() {
    String md = MarkdownWriter.toMarkdown(report());
    assertTrue(md.startsWith("## seedscope gate: FAILED\n"), md);
    assertTrue(md.contains("2 passed, 2 failed, 2 skipped of 6 checks"), md);
    assertTrue(md.contains("p&lt;p&gt;o &amp; \"x\" \\| y / Half\\|Cheetah"), md);
    // every table row has exactly 8 unescaped pipes (7 columns)
    for (String line : md.split("\n")) {
      if (line.startsWith("|")) {
        assertEquals(8, line.replace("\\|", "").chars().filter(c -> c == '|').count(), line);
      }
    }
    // failures are listed first
    int fail = md.indexOf("**FAIL**");
    int pass = md.indexOf("| pass |");
    assertTrue(fail > 0 && pass > fail, md);
  }

  @Test
  void reportSerializesToCamelCaseJson() throws Exception {
    String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(report());
    assertTrue(
        json.contains("\"results\":[{\"rule\":\"minSeeds\",\"group\":{\"implementation\""), json);
    assertTrue(json.contains("\"status\":\"FAIL\""), json);
    assertTrue(json.contains("\"counts\":{\"total\":6,\"pass\":2,\"fail\":2,\"skipped\":2}"), json);
    assertTrue(!json.contains("NaN") && !json.contains("Infinity"), json);
  }
}
