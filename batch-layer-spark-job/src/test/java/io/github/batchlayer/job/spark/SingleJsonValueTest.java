package io.github.batchlayer.job.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SingleJsonValueTest {

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
    })
    void oneValueAndOnlyWhitespaceAfterIt(String json, boolean single) {
        assertEquals(single, new SingleJsonValue().call(json.getBytes(StandardCharsets.UTF_8)), json);
    }
}
