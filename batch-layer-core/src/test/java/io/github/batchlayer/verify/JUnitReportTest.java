package io.github.batchlayer.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JUnitReportTest {
    @TempDir
    Path dir;

    @Test
    void oneTestCasePerCheckAndTheFailureMessageIsTheChecks() throws Exception {
        VerifyResult result = new VerifyResult(List.of(Check.pass("raw-rows", "3", "3"),
                Check.fail("view:daily:golden", "2 rows <as> in x.csv", "1 missing: row 2 [a, \"b\" & \u0001c]")));
        Path file = JUnitReport.write(dir.resolve("failsafe-reports"), result);
        assertEquals(dir.resolve("failsafe-reports/TEST-batch-layer.xml"), file);

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        Element suite = xml.getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        assertEquals("batch-layer", suite.getAttribute("name"));
        assertEquals("2", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals(2, cases.getLength());
        assertEquals("raw-rows", ((Element) cases.item(0)).getAttribute("name"));
        assertEquals(0, ((Element) cases.item(0)).getElementsByTagName("failure").getLength());
        Element failure = (Element) ((Element) cases.item(1)).getElementsByTagName("failure").item(0);
        assertEquals("expected 2 rows <as> in x.csv, actual 1 missing: row 2 [a, \"b\" & ?c]",
                failure.getAttribute("message"));
    }
}
