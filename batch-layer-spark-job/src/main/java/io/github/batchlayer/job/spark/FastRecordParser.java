package io.github.batchlayer.job.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Serializable;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Ingest's fast path through the parse of a well-formed message: the row {@code from_json} gives for it (the
 * schema's fields and a null {@code _corrupt_record}), and {@link ObjectScan}'s answer, from one streaming pass of
 * Jackson over the message's bytes.
 *
 * <p>Why not only {@code from_json}: Spark's parser reads a message through a {@link java.io.Reader} (UTF-8
 * decoded to chars first), keeps per-object bookkeeping for column defaults that a record schema never has, and
 * leaves the two questions {@link ObjectScan} answers to a second scan of the bytes. At a million records the parse
 * was over a quarter of ingest's CPU; this path reads the bytes once.
 *
 * <p>It makes the same Jackson calls Spark's {@code JacksonParser} makes for each type (same strict features:
 * no comments, no single quotes, no NaN, no leading zeros), and it takes only what it is sure gives the same
 * result: a message that is valid UTF-8, starts with {@code {}, holds exactly one object, names no field twice,
 * and whose every value has the token its type expects (or null). Anything else, a type mismatch included,
 * returns null from {@link #parse}, and the classifier gives that message to {@code from_json} and
 * {@link ObjectScan} as before, so misfits are judged exactly as they always were. A schema with a type outside
 * strings, integers, floating point, booleans, arrays and structs (or a field with a column default) gets no fast
 * path at all ({@link #forSchema} returns null).
 */
final class FastRecordParser implements Serializable {
    private static final long serialVersionUID = 1L;
    /** A value this path does not convert: the whole message goes the general way. */
    private static final Object DEFER = new Object();
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private final StructConverter root;
    private transient JsonFactory factory;

    private FastRecordParser(StructConverter root) {
        this.root = root;
    }

    /**
     * The fast path for a record schema, or null when the schema has a type or a field this path does not convert
     * exactly as {@code from_json} does.
     *
     * @param struct the record schema; rows come out one field wider, the null corrupt-record column last
     */
    static FastRecordParser forSchema(StructType struct) {
        StructConverter root = struct(struct, 1);
        return root == null ? null : new FastRecordParser(root);
    }

    /** What the fast path made of a message. */
    record Parsed(InternalRow row, UTF8String scan) {
    }

    /** The message's row and scan, or null when the message must go through {@code from_json}. */
    Parsed parse(byte[] json) {
        if (json == null || json.length < 2 || json[0] != '{' || !utf8AsSparkReadsIt(json)) {
            return null;
        }
        if (factory == null) {
            factory = new JsonFactory();
        }
        List<String> unknown = new ArrayList<>(0);
        try (JsonParser p = factory.createParser(json)) {
            Object row = root.read(p, p.nextToken(), unknown);
            if (row == DEFER || row == null || p.nextToken() != null) {
                return null;
            }
            return new Parsed((InternalRow) row, UTF8String.fromString(ObjectScan.scanText(unknown)));
        } catch (IOException | RuntimeException e) {
            return null; // malformed, or a number out of range: Spark names what is wrong
        }
    }

    /**
     * Whether the bytes are UTF-8 that decodes without replacement, and start with no zero byte that would make
     * Jackson read them as UTF-16 or UTF-32 (Spark always decodes as UTF-8). ASCII, nearly every message, is
     * checked eight bytes at a time.
     */
    private static boolean utf8AsSparkReadsIt(byte[] json) {
        for (int i = 1; i < Math.min(4, json.length); i++) {
            if (json[i] == 0) {
                return false;
            }
        }
        int i = 0;
        for (; i + 8 <= json.length; i += 8) {
            if (((long) LONGS.get(json, i) & HIGH_BITS) != 0) {
                return strictUtf8(json);
            }
        }
        for (; i < json.length; i++) {
            if (json[i] < 0) {
                return strictUtf8(json);
            }
        }
        return true;
    }

    private static boolean strictUtf8(byte[] json) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(json));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The converter of a type, or null when this path does not handle it. */
    private static Converter converter(DataType type) {
        if (type instanceof StructType s) {
            return struct(s, 0);
        }
        if (type instanceof ArrayType a) {
            Converter element = converter(a.elementType());
            return element == null ? null : new ArrayConverter(element);
        }
        // exact classes: a collated string, char(n) or varchar(n) has text semantics of its own
        if (type.getClass() == DataTypes.StringType.getClass() && type.equals(DataTypes.StringType)) {
            return Scalar.STRING;
        }
        return Scalar.OTHERS.get(type);
    }

    private static StructConverter struct(StructType struct, int extraColumns) {
        StructField[] fields = struct.fields();
        Converter[] converters = new Converter[fields.length];
        for (int i = 0; i < fields.length; i++) {
            converters[i] = plainMetadata(fields[i].metadata()) ? converter(fields[i].dataType()) : null;
            if (converters[i] == null) {
                return null;
            }
        }
        return new StructConverter(struct.fieldNames(), converters, fields.length + extraColumns);
    }

    /** No metadata but a comment: a column default or a char/varchar length changes what a value becomes. */
    private static boolean plainMetadata(Metadata metadata) {
        return new MetadataBuilder().withMetadata(metadata).remove("comment").build().equals(Metadata.empty());
    }

    /** Reads one value whose first token has been read. */
    private abstract static class Converter implements Serializable {
        private static final long serialVersionUID = 1L;

        /** The value, null for JSON null, or {@link #DEFER}. */
        abstract Object read(JsonParser p, JsonToken token) throws IOException;
    }

    /** The scalar types, each with the Jackson call {@code JacksonParser} makes for it. */
    private static final class Scalar extends Converter {
        private static final long serialVersionUID = 1L;
        static final Scalar STRING = new Scalar(0);
        static final Scalar LONG = new Scalar(1);
        static final Scalar INT = new Scalar(2);
        static final Scalar SHORT = new Scalar(3);
        static final Scalar BYTE = new Scalar(4);
        static final Scalar DOUBLE = new Scalar(5);
        static final Scalar FLOAT = new Scalar(6);
        static final Scalar BOOLEAN = new Scalar(7);
        /** The scalars but the string, by their Spark type. */
        static final Map<DataType, Scalar> OTHERS = Map.of(DataTypes.LongType, LONG, DataTypes.IntegerType, INT,
                DataTypes.ShortType, SHORT, DataTypes.ByteType, BYTE, DataTypes.DoubleType, DOUBLE,
                DataTypes.FloatType, FLOAT, DataTypes.BooleanType, BOOLEAN);

        private final int kind;

        private Scalar(int kind) {
            this.kind = kind;
        }

        @Override
        Object read(JsonParser p, JsonToken token) throws IOException {
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            boolean integer = token == JsonToken.VALUE_NUMBER_INT;
            boolean number = integer || token == JsonToken.VALUE_NUMBER_FLOAT;
            // anything but the expected token (a number in a string, "NaN" in a double...) goes to from_json
            return switch (kind) {
                case 0 -> token == JsonToken.VALUE_STRING ? UTF8String.fromString(p.getText()) : DEFER;
                case 1 -> integer ? (Object) p.getLongValue() : DEFER;
                case 2 -> integer ? (Object) p.getIntValue() : DEFER;
                case 3 -> integer ? (Object) p.getShortValue() : DEFER;
                case 4 -> integer ? (Object) p.getByteValue() : DEFER;
                case 5 -> number ? (Object) p.getDoubleValue() : DEFER;
                case 6 -> number ? (Object) p.getFloatValue() : DEFER;
                default -> token == JsonToken.VALUE_TRUE ? Boolean.TRUE
                        : token == JsonToken.VALUE_FALSE ? Boolean.FALSE : DEFER;
            };
        }
    }

    private static final class ArrayConverter extends Converter {
        private static final long serialVersionUID = 1L;
        private final Converter element;

        ArrayConverter(Converter element) {
            this.element = element;
        }

        @Override
        Object read(JsonParser p, JsonToken token) throws IOException {
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            if (token != JsonToken.START_ARRAY) {
                return DEFER;
            }
            Object[] values = new Object[8];
            int n = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                Object v = element.read(p, t);
                if (v == DEFER) {
                    return DEFER;
                }
                if (n == values.length) {
                    values = Arrays.copyOf(values, n * 2);
                }
                values[n++] = v;
            }
            return new GenericArrayData(n == values.length ? values : Arrays.copyOf(values, n));
        }
    }

    private static final class StructConverter extends Converter {
        private static final long serialVersionUID = 1L;
        private final String[] names;
        private final Map<String, Integer> index = new HashMap<>();
        private final Converter[] fields;
        private final int width;

        StructConverter(String[] names, Converter[] fields, int width) {
            this.names = names;
            for (int i = 0; i < names.length; i++) {
                index.put(names[i], i);
            }
            this.fields = fields;
            this.width = width;
        }

        /** The field's index, or null: producers mostly write fields in the schema's order, so that is tried first. */
        private Integer indexOf(String name, int expected) {
            return expected < names.length && names[expected].equals(name) ? Integer.valueOf(expected)
                    : index.get(name);
        }

        @Override
        Object read(JsonParser p, JsonToken token) throws IOException {
            return read(p, token, null);
        }

        /** @param unknown collects the names the schema does not have, in message order; null: not asked */
        Object read(JsonParser p, JsonToken token, List<String> unknown) throws IOException {
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            if (token != JsonToken.START_OBJECT) {
                return DEFER;
            }
            Object[] values = new Object[width];
            boolean[] seen = new boolean[fields.length];
            int expected = 0;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                Integer i = indexOf(name, expected);
                JsonToken valueToken = p.nextToken();
                if (i == null) {
                    if (unknown != null) {
                        unknown.add(name);
                    }
                    p.skipChildren();
                    continue;
                }
                if (seen[i]) {
                    return DEFER; // a field named twice: left to Spark's rule
                }
                seen[i] = true;
                expected = i + 1;
                Object v = fields[i].read(p, valueToken);
                if (v == DEFER) {
                    return DEFER;
                }
                values[i] = v;
            }
            return new GenericInternalRow(values);
        }
    }
}
