package io.github.batchlayer.cluster.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

class HadoopXmlTest {

    @Test
    void escapesNamesAndValuesSoTheyParseBack() throws Exception {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("fs.defaultFS", "hdfs://127.0.0.1:8020");
        properties.put("odd<&>name", "a & b < c > d");
        properties.put("quotes", "\"double\" and 'single' ]]> end");
        properties.put("dir", "/tmp/dir with space");
        String xml = HadoopXml.of(properties);

        assertTrue(xml.startsWith("<?xml version=\"1.0\"?>\n<configuration>\n"), xml);
        assertTrue(xml.contains("<name>odd&lt;&amp;&gt;name</name><value>a &amp; b &lt; c &gt; d</value>"), xml);

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList list = doc.getElementsByTagName("property");
        Map<String, String> parsed = new LinkedHashMap<>();
        for (int i = 0; i < list.getLength(); i++) {
            Element p = (Element) list.item(i);
            parsed.put(p.getElementsByTagName("name").item(0).getTextContent(),
                    p.getElementsByTagName("value").item(0).getTextContent());
        }
        assertEquals(properties, parsed);
    }

    @Test
    void emptyConfiguration() {
        assertEquals("<?xml version=\"1.0\"?>\n<configuration>\n</configuration>\n", HadoopXml.of(Map.of()));
    }
}
