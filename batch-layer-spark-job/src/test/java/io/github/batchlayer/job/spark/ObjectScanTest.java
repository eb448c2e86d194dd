package io.github.batchlayer.job.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObjectScanTest {

    private static String scan(String json, String... known) {
        return new ObjectScan(Set.of(known)).call(json.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"a\":1}|true",
        "  {\"a\":[1,{\"b\":2}]} \t |true",
        "{\"a\":\"} trailing-looking ] text {\"}|true",
        "{\"a\":\"escaped quote \\\" } still inside\"}|true",
        "{\"a\":\"backslash at end \\\\\"}|true",
        "{\"a\":1} x|false",
        "{\"a\":1}{\"b\":2}|false",
        "{\"a\":1},|false",
        "{\"a\":[1,2}|false",
        "{\"a\":\"unterminated}|false",
    })
    void oneValueAndOnlyWhitespaceAfterIt(String json, boolean single) {
        assertEquals(single, ObjectScan.singleValue(scan(json, "a", "b")), json);
    }

    @Test
    void findsTopLevelKeysTheSchemaDoesNotNameInMessageOrder() {
        String json = "{\"a\":{\"x\":1,\"y\":[{\"z\":2}]},\"new\":\"{\\\"q\\\":1}\",\"b\":[1,2],\"caf\\u00e9\":0,"
                + "\"\\u0062\":3}";
        assertEquals(List.of("new", "café"), ObjectScan.unknownKeys(scan(json, "a", "b")),
                "an escaped name the schema names (\\u0062 is b) is known");
        assertEquals("", scan("{}", "a"));
        assertEquals("", scan("{\"a\":1,\"b\":{\"c\":2}}", "a", "b"), "nested keys are not top-level");
        assertEquals(List.of("line\nbreak"), ObjectScan.unknownKeys(scan("{\"line\\nbreak\":1}", "a")));
    }

    @Test
    void aMessageThatIsNotOneValueHasNoKeysToCount() {
        assertEquals(List.of(), ObjectScan.unknownKeys(scan("{\"new\":1} x", "a")));
        assertEquals(List.of(), ObjectScan.unknownKeys(null));
    }
}
