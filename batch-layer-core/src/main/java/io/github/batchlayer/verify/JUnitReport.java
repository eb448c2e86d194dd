package io.github.batchlayer.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The checks as a JUnit XML report (the surefire/failsafe {@code TEST-*.xml} format that Jenkins' junit step,
 * GitLab's {@code artifacts:reports:junit} and GitHub's test-report actions read): one test suite
 * {@code batch-layer}, one test case per check, a failed check's message as the failure message. Written where
 * failsafe writes its own reports, so CI jobs that already collect {@code target/failsafe-reports/*.xml} show the
 * checks without new configuration.
 */
public final class JUnitReport {
    public static final String DEFAULT_DIRECTORY = "failsafe-reports";
    public static final String FILE_NAME = "TEST-batch-layer.xml";
    static final String SUITE = "batch-layer";

    private JUnitReport() {
    }

    /** Writes {@code TEST-batch-layer.xml} into {@code directory} (atomically) and returns its path. */
    public static Path write(Path directory, VerifyResult result) {
        Path file = directory.resolve(FILE_NAME);
        Path tmp = directory.resolve(FILE_NAME + ".tmp");
        try {
            Files.createDirectories(directory);
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
                xml.writeStartDocument("UTF-8", "1.0");
                xml.writeCharacters("\n");
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", SUITE);
                xml.writeAttribute("tests", Integer.toString(result.checks().size()));
                xml.writeAttribute("failures", Integer.toString(result.failedChecks().size()));
                xml.writeAttribute("errors", "0");
                xml.writeAttribute("skipped", "0");
                xml.writeAttribute("time", "0");
                xml.writeAttribute("timestamp", result.generatedAt().toString());
                xml.writeCharacters("\n");
                for (Check check : result.checks()) {
                    testCase(xml, check);
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
                xml.writeEndDocument();
                xml.close();
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        } catch (XMLStreamException e) {
            throw new UncheckedIOException("cannot write " + file, new IOException(e));
        }
        return file;
    }

    private static void testCase(XMLStreamWriter xml, Check check) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", text(check.name()));
        xml.writeAttribute("classname", SUITE);
        xml.writeAttribute("time", "0");
        if (!check.passed()) {
            String message = text("expected " + check.expected() + ", actual " + check.actual());
            xml.writeStartElement("failure");
            xml.writeAttribute("message", message);
            xml.writeAttribute("type", "batch-layer.check");
            xml.writeCharacters(text(check.name()) + ": " + message);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    /** XML 1.0 cannot carry most control characters, even escaped; data and logs can hold them. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> out.appendCodePoint(c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c > 0xFFFF ? c : '?'));
        return out.toString();
    }
}
