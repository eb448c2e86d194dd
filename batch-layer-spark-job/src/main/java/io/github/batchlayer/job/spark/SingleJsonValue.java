package io.github.batchlayer.job.spark;

import org.apache.spark.sql.api.java.UDF1;

/**
 * Whether a message holds one JSON value and nothing after it. Spark's JSON readers ({@code from_json},
 * {@code try_parse_json}) stop after the first value, so {@code {"keen_id":...} garbage} or two records glued
 * together would otherwise land as one good row and lose the rest silently. This is a byte scan, not a parse: it
 * runs only on messages {@code from_json} has already read as an object, so it only has to find where that
 * object ends (string- and escape-aware bracket depth) and check that only whitespace follows.
 */
final class SingleJsonValue implements UDF1<byte[], Boolean> {

    @Override
    public Boolean call(byte[] json) {
        return json != null && check(json);
    }

    static boolean check(byte[] json) {
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        int i = 0;
        for (; i < json.length; i++) {
            byte c = json[i];
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                i++;
                break;
            }
        }
        if (depth != 0) {
            return false;
        }
        for (; i < json.length; i++) {
            byte c = json[i];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
