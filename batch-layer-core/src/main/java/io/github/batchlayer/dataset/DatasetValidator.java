package io.github.batchlayer.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Checks a whole source file before anything is published, so a broken record at index 3000 cannot leave a topic
 * holding the first 3000 messages of an invalid file. Constant memory (a slice counted from the end keeps the
 * sizes of its last |bound| records until the count is known, see {@link SliceFilter}).
 *
 * <p>A UTF-8 JSON file is first read by {@link StrictJsonScanner}, one fast byte scan that accepts only what it is
 * certain Jackson accepts and measures every record's compact size. Only when it is not certain (a broken file,
 * or an unusual one) does Jackson decide, with two passes at once on two threads: Jackson reads every record for
 * syntax without copying it (the slow part; Jackson's verdict is the one reported), while the byte scan that
 * publishing uses ({@link ValidatedJsonRecordReader}) measures each record's compact size. Copying every record
 * through Jackson's generator just to learn its size made the validating pass take longer than sending.
 */
public final class DatasetValidator {
    private static final JsonFactory FACTORY = new JsonFactory();

    private DatasetValidator() {
    }

    /** {@link #validate(Path, Slice, long, ReadProgress)} without progress. */
    public static DatasetSummary validate(Path file, Slice slice, long maxRecordBytes) {
        return validate(file, slice, maxRecordBytes, ReadProgress.NONE);
    }

    /**
     * Reads every record of a JSON array or JSON-lines file (syntax, object-ness, Jackson's limits), checks that
     * each record of the slice fits in {@code maxRecordBytes} once compact (Kafka refuses larger messages), then
     * checks the slice against the count. Bounds counting from the end (jq's {@code .[-1:]}) are resolved on the
     * way; the summary holds the result.
     */
    public static DatasetSummary validate(Path file, Slice slice, long maxRecordBytes, ReadProgress progress) {
        try (JsonRecordReader syntax = JsonRecordReader.open(file, Slice.all(), null)) {
            if (!syntax.encoding().isUtf8()) {
                // records differ from the file's bytes: Jackson's own copies are the messages and their sizes
                return tally(file, sized(syntax, record -> { }, progress), slice, maxRecordBytes, syntax.encoding());
            }
            DatasetSummary certain = certainlyValid(file, slice, maxRecordBytes, progress, syntax.encoding());
            if (certain != null) {
                return certain;
            }
            AtomicBoolean stop = new AtomicBoolean();
            CompletableFuture<DatasetSummary> sizes = CompletableFuture.supplyAsync(() -> {
                try (ValidatedJsonRecordReader scan = ValidatedJsonRecordReader.open(file, Slice.all(), null)) {
                    return tally(file, () -> stop.get() ? null : scan.nextSize(), slice, maxRecordBytes,
                            syntax.encoding());
                }
            }, DatasetValidator::onOwnThread);
            long count;
            try {
                count = syntax.checkRemaining(progress);
            } catch (RuntimeException e) {
                stop.set(true); // Jackson found the file broken: its error is the answer
                sizes.handle((s, ignored) -> null).join();
                throw e;
            }
            DatasetSummary summary = joined(sizes);
            if (summary.records() != count) {
                throw new DatasetException(file, -1, -1, "Jackson read " + count + " records, the byte scan "
                        + summary.records() + ": the file changed while it was validated?");
            }
            return summary;
        }
    }

    /**
     * The fast path: {@link StrictJsonScanner}'s summary when it is certain the file is valid, else null (Jackson
     * decides then, from the start).
     */
    private static DatasetSummary certainlyValid(Path file, Slice slice, long maxRecordBytes, ReadProgress progress,
                                                 SourceEncoding encoding) {
        try (StrictJsonScanner scan = StrictJsonScanner.open(file)) {
            return tally(file, () -> {
                SliceFilter.Sized record = scan.next();
                if (record != null) {
                    progress.reached(record.index() + 1, scan.bytesRead());
                }
                return record;
            }, slice, maxRecordBytes, encoding);
        } catch (StrictJsonScanner.NotCertain | DatasetException | UncheckedIOException e) {
            // a DatasetException too (a record too large, a slice beyond the records): Jackson's pass reports a
            // syntax error further on first, as it always has; and a read error, which it names with the file
            return null;
        }
    }

    /**
     * Reads every non-empty line of a {@code lines} file (sent as written): each line of the slice must fit in
     * {@code maxRecordBytes}, and with {@code checkSyntax} every line must be one JSON value.
     */
    public static DatasetSummary validateLines(Path file, Slice slice, long maxRecordBytes, boolean checkSyntax,
                                               ReadProgress progress) {
        try (LineRecordReader lines = LineRecordReader.open(file, Slice.all())) {
            Consumer<SourceRecord> check = checkSyntax ? record -> requireOneJsonValue(file, record) : record -> { };
            return tally(file, sized(lines, check, progress), slice, maxRecordBytes, SourceEncoding.UTF_8);
        }
    }

    /** The sizes of records, each checked and reported on the way; null after the last. */
    private static Supplier<SliceFilter.Sized> sized(Iterator<SourceRecord> records, Consumer<SourceRecord> check,
                                                     ReadProgress progress) {
        return () -> {
            if (!records.hasNext()) {
                return null;
            }
            SourceRecord record = records.next();
            check.accept(record);
            progress.reached(record.index() + 1, record.byteOffset() + record.json().length);
            return new SliceFilter.Sized(record.index(), record.byteOffset(), record.json().length);
        };
    }

    private static DatasetSummary tally(Path file, Supplier<SliceFilter.Sized> records, Slice slice,
                                        long maxRecordBytes, SourceEncoding encoding) {
        SliceTally tally = new SliceTally(file, maxRecordBytes);
        SliceFilter filter = new SliceFilter(slice);
        long count = 0;
        for (SliceFilter.Sized record = records.get(); record != null; record = records.get()) {
            filter.accept(record, tally);
            count = record.index() + 1;
        }
        Slice resolved = slice.resolveWithin(count, file);
        filter.finish(resolved, tally);
        return new DatasetSummary(count, resolved, tally.records, tally.bytes, tally.largest, encoding);
    }

    private static void requireOneJsonValue(Path file, SourceRecord line) {
        try (JsonParser p = FACTORY.createParser(line.json())) {
            p.nextToken();
            p.skipChildren();
            if (p.nextToken() != null) {
                throw new DatasetException(file, line.index(), line.byteOffset(), "line " + line.index() + " at byte "
                        + line.byteOffset() + " holds more than one JSON value (at column "
                        + p.currentTokenLocation().getColumnNr() + ")");
            }
        } catch (JsonProcessingException e) {
            throw new DatasetException(file, line.index(), line.byteOffset(), "line " + line.index() + " at byte "
                    + line.byteOffset() + " is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The measuring pass runs on a thread of its own, not in a shared pool another task could be holding. */
    private static void onOwnThread(Runnable task) {
        Thread thread = new Thread(task, "batch-layer-validate-sizes");
        thread.setDaemon(true);
        thread.start();
    }

    private static DatasetSummary joined(CompletableFuture<DatasetSummary> sizes) {
        try {
            return sizes.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Sums the slice's records and refuses the first one over the limit. */
    private static final class SliceTally implements Consumer<SliceFilter.Sized> {
        private final Path file;
        private final long maxRecordBytes;
        long records;
        long bytes;
        long largest;

        SliceTally(Path file, long maxRecordBytes) {
            this.file = file;
            this.maxRecordBytes = maxRecordBytes;
        }

        @Override
        public void accept(SliceFilter.Sized record) {
            if (record.size() > maxRecordBytes) {
                throw new DatasetException(file, record.index(), record.byteOffset(), "record " + record.index()
                        + " at byte " + record.byteOffset() + " is " + record.size() + " bytes when compact, larger"
                        + " than the topic's max.message.bytes " + maxRecordBytes);
            }
            records++;
            bytes += record.size();
            largest = Math.max(largest, record.size());
        }
    }
}
