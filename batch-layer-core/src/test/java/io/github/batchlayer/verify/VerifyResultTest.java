package io.github.batchlayer.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifyResultTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsThroughVerifyJson() throws Exception {
        VerifyResult result = new VerifyResult(List.of(Check.equal("raw-rows", 3280L, 3280L),
                Check.fail("goal-failed:publish:x", "success", "\"quoted\" <message>\nline two")),
                Instant.parse("2026-01-28T12:10:51Z"));
        Path file = result.write(dir);
        assertEquals(dir.resolve("verify.json"), file);
        assertTrue(Files.readString(file).contains("\"passed\" : false"));
        VerifyResult back = VerifyResult.read(file);
        assertEquals(result, back);
        assertFalse(back.passed());
        assertEquals(List.of("goal-failed:publish:x"), back.failedChecks().stream().map(Check::name).toList());
    }

    @Test
    void noChecksIsNotAPass() {
        assertFalse(new VerifyResult(List.of()).passed());
        assertTrue(new VerifyResult(List.of(Check.equal("a", 1, 1))).passed());
    }
}
