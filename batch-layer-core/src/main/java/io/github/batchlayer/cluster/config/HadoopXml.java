package io.github.batchlayer.cluster.config;

import java.util.Map;

/** Hadoop's {@code *-site.xml} format (shared by the embedded and docker launchers). */
public final class HadoopXml {

    private HadoopXml() {
    }

    public static String of(Map<String, String> properties) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<configuration>\n");
        properties.forEach((name, value) -> xml.append("  <property><name>").append(escape(name))
                .append("</name><value>").append(escape(value)).append("</value></property>\n"));
        return xml.append("</configuration>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
