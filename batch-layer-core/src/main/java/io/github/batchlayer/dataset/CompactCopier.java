package io.github.batchlayer.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Copies the JSON object under the parser to a generator token by token, as {@code copyCurrentStructure} does,
 * with two differences that matter here: numbers are written from their source text (so {@code 1.0} stays
 * {@code 1.0} and no digit of a long decimal is lost to a double), and the top-level string value of one chosen
 * field is captured on the way, so a Kafka key costs no second parse.
 */
final class CompactCopier {
    private static final JsonFactory FACTORY = new JsonFactory();

    private CompactCopier() {
    }

    /**
     * The object whose START_OBJECT is the parser's current token as a record: compact JSON, and the key field's
     * value as its key. Leaves the parser on the object's END_OBJECT.
     */
    static SourceRecord toRecord(JsonParser p, long index, long byteOffset, String keyField, int sizeHint)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(sizeHint);
        String key;
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            key = copyObject(p, g, keyField);
        }
        return new SourceRecord(index, byteOffset, key, out.toByteArray());
    }

    /**
     * The one object in {@code bytes[from, from + length)}, whose syntax was checked already, as a record: what a
     * byte scan hands over when a record is not compact as it stands.
     */
    static SourceRecord toRecord(byte[] bytes, int from, int length, long index, long byteOffset, String keyField)
            throws IOException {
        try (JsonParser p = FACTORY.createParser(bytes, from, length)) {
            p.nextToken();
            return toRecord(p, index, byteOffset, keyField, length);
        }
    }

    /**
     * Copies the object whose START_OBJECT is the parser's current token, leaving the parser on its END_OBJECT.
     *
     * @return the top-level string value of {@code keyField}, or null when absent, not a string, or not asked for
     */
    static String copyObject(JsonParser p, JsonGenerator g, String keyField) throws IOException {
        String key = null;
        boolean keyNext = false;
        int depth = 0;
        JsonToken token = p.currentToken();
        while (true) {
            if (token == null) {
                throw new IOException("unexpected end of input inside a record");
            }
            switch (token) {
                case START_OBJECT -> { g.writeStartObject(); depth++; }
                case END_OBJECT -> { g.writeEndObject(); depth--; }
                case START_ARRAY -> { g.writeStartArray(); depth++; }
                case END_ARRAY -> { g.writeEndArray(); depth--; }
                case FIELD_NAME -> {
                    g.writeFieldName(p.currentName());
                    keyNext = depth == 1 && keyField != null && keyField.equals(p.currentName());
                }
                case VALUE_STRING -> {
                    g.writeString(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                    if (keyNext) {
                        key = p.getText();
                    }
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getText());
                case VALUE_TRUE -> g.writeBoolean(true);
                case VALUE_FALSE -> g.writeBoolean(false);
                case VALUE_NULL -> g.writeNull();
                default -> throw new IOException("unexpected token " + token);
            }
            if (token != JsonToken.FIELD_NAME) {
                keyNext = false;
            }
            if (depth == 0) {
                return key;
            }
            token = p.nextToken();
        }
    }
}
