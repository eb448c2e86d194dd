package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.UsageException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Loading a consumer's schema without Spark running: DDL, Spark's JSON form, errors that name file and position. */
class RecordSchemaTest {
    private static Path file(String name, String text) throws Exception {
        Path f = TestSpark.dir("schema").resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void withoutAFileThePresetAppliesWithTodaysRequiredFields() {
        RecordSchema s = RecordSchema.load(null, null, null);
        assertEquals(RecordSchema.PRESET, s.source());
        assertEquals(AssessmentSchema.RECORD, s.struct());
        assertEquals(List.of("keen_id", "exam_name"), s.requiredFields());
        assertEquals(RecordSchema.UnknownFields.DROP, s.unknownFields());
    }

    @Test
    void readsDdlAndNestedRequiredFields() throws Exception {
        Path f = file("s.ddl", "device STRUCT<id: STRING, site: STRING>,\n readings ARRAY<STRUCT<v: DOUBLE>>\n");
        RecordSchema s = RecordSchema.load(f.toString(), " device.id , readings", "quarantine");
        assertEquals(List.of("device", "readings"), List.of(s.struct().fieldNames()));
        assertEquals(List.of("device.id", "readings"), s.requiredFields());
        assertEquals(DataTypes.StringType, s.typeOf("device.id"));
        assertEquals(RecordSchema.UnknownFields.QUARANTINE, s.unknownFields());
    }

    @Test
    void readsSparksJsonForm() throws Exception {
        StructType struct = StructType.fromDDL("a STRING, b ARRAY<BIGINT>");
        Path f = file("s.json", struct.prettyJson());
        assertEquals(struct, RecordSchema.load(f.toString(), null, null).struct());
    }

    @Test
    void anInvalidDdlNamesTheFileLineAndPosition() throws Exception {
        Path f = file("bad.ddl", "a STRING,\n b ARRAY<STRUCT<x INT>\n");
        UsageException e = assertThrows(UsageException.class, () -> RecordSchema.load(f.toString(), null, null));
        assertTrue(e.getMessage().contains(f + ":2:23 "), e.getMessage());
        assertTrue(e.getMessage().contains("not valid Spark DDL"), e.getMessage());
    }

    @Test
    void aRequiredFieldOutsideTheSchemaIsAnError() throws Exception {
        Path f = file("s.ddl", "device STRUCT<id: STRING>");
        UsageException e = assertThrows(UsageException.class,
                () -> RecordSchema.load(f.toString(), "device.serial", null));
        assertTrue(e.getMessage().contains("device.serial") && e.getMessage().contains("no field serial"),
                e.getMessage());
        assertThrows(UsageException.class, () -> RecordSchema.load(f.toString(), null, "keep"));
    }
}
