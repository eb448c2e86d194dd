package io.github.batchlayer.job.spark;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Queries pass, anything that writes or changes the session is refused before Spark runs it. */
class ReadOnlySqlTest {
    private final SparkSession spark = TestSpark.session();

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT base_exam_id, exam_name, keen_id, user_exam_id FROM assessments",
            "SELECT sequences FROM assessments LIMIT 5",
            "select 1;",
            "WITH t AS (SELECT 1 AS a) SELECT a FROM t",
            "VALUES (1, 'a'), (2, 'b')",
            "TABLE raw",
            "FROM raw SELECT keen_id",
            "(SELECT 1) UNION ALL (SELECT 2)",
            "SELECT * FROM raw WHERE exam_name IN (SELECT exam_name FROM quarantine)",
            "  -- a comment first\n  SELECT 'insert into x' AS drop_table"})
    void queriesPass(String sql) {
        assertDoesNotThrow(() -> ReadOnlySql.requireQuery(spark, sql));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "INSERT INTO t SELECT 1",
            "INSERT OVERWRITE TABLE t SELECT * FROM raw",
            "WITH x AS (SELECT 1 AS a) INSERT INTO t SELECT a FROM x",
            "FROM raw INSERT INTO t1 SELECT keen_id INSERT INTO t2 SELECT exam_name",
            "DROP TABLE raw",
            "DROP VIEW IF EXISTS raw",
            "CREATE TABLE t AS SELECT * FROM raw",
            "CREATE TEMPORARY VIEW v AS SELECT 1",
            "CREATE OR REPLACE TEMP VIEW raw AS SELECT 1",
            "ALTER TABLE t ADD COLUMNS (c INT)",
            "DELETE FROM t WHERE a = 1",
            "UPDATE t SET a = 1",
            "MERGE INTO t USING s ON t.a = s.a WHEN MATCHED THEN DELETE",
            "TRUNCATE TABLE t",
            "SET spark.sql.shuffle.partitions=1",
            "RESET",
            "CACHE TABLE raw",
            "UNCACHE TABLE raw",
            "ADD JAR /tmp/x.jar",
            "USE other",
            "REFRESH TABLE raw",
            "SHOW TABLES",
            "EXPLAIN SELECT 1",
            "DECLARE VARIABLE v INT DEFAULT 1",
            "EXECUTE IMMEDIATE 'DROP TABLE raw'"})
    void writesAndCommandsAreRefused(String sql) {
        ReadOnlySql.NotAQueryException e = assertThrows(ReadOnlySql.NotAQueryException.class,
                () -> ReadOnlySql.requireQuery(spark, sql));
        assertTrue(e.getMessage().startsWith("refused: this goal only reads"), e.getMessage());
    }

    @Test
    void aRefusedStatementDoesNotRun() {
        spark.sql("CREATE OR REPLACE TEMP VIEW kept AS SELECT 1 AS a");
        assertThrows(ReadOnlySql.NotAQueryException.class, () -> ReadOnlySql.requireQuery(spark, "DROP VIEW kept"));
        assertTrue(spark.catalog().tableExists("kept"));
    }

    @Test
    void notSqlIsSparksParseErrorWithThePosition() {
        ParseException e = assertThrows(ParseException.class,
                () -> ReadOnlySql.requireQuery(spark, "SELECT *\nFORM raw"));
        assertTrue(e.line().isDefined() && (Integer) e.line().get() == 2, e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }
}
