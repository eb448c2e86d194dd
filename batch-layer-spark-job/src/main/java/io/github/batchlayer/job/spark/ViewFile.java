package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One batch view: a SELECT in a {@code .sql} file, registered under the file's base name without a leading order
 * prefix ({@code 01_daily_totals.sql} is {@code daily_totals}). Views run in file-name order, so a view may read
 * the views before it.
 *
 * @param name   the view's name (a SQL identifier)
 * @param source where the text came from, as messages and the result name it (a path, or {@code preset:<file>})
 * @param sql    the statement
 */
public record ViewFile(String name, String source, String sql) {
    /** The name of the committed raw rows every view can read. */
    public static final String RAW = "raw";
    /** The preset's views, shipped in this jar: the seed's two results. */
    static final List<String> PRESET_FILES = List.of("01_top_exams.sql", "02_assessments_summary.sql");

    private static final Pattern ORDER_PREFIX = Pattern.compile("^[0-9]+[_-]");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** The view name of a file name: {@code 01_daily_totals.sql} is {@code daily_totals}. */
    static String viewName(String fileName) {
        String base = fileName.substring(0, fileName.length() - ".sql".length());
        return ORDER_PREFIX.matcher(base).replaceFirst("");
    }

    /** Every {@code *.sql} file of {@code dir}, in file-name order. */
    public static List<ViewFile> discover(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UsageException("views directory " + dir + " does not exist");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".sql") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UsageException("cannot list views directory " + dir + ": " + e);
        }
        if (files.isEmpty()) {
            throw new UsageException("views directory " + dir + " holds no *.sql file");
        }
        List<ViewFile> views = new ArrayList<>();
        for (Path f : files) {
            try {
                views.add(new ViewFile(viewName(f.getFileName().toString()), f.toAbsolutePath().toString(),
                        Files.readString(f, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UsageException("cannot read view file " + f + ": " + e);
            }
        }
        return checked(views);
    }

    /** The preset's views (the seed's two results), from this jar. */
    public static List<ViewFile> preset() {
        List<ViewFile> views = new ArrayList<>();
        for (String file : PRESET_FILES) {
            try (InputStream in = ViewFile.class.getResourceAsStream("views/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("the job jar lacks its preset view " + file);
                }
                views.add(new ViewFile(viewName(file), "preset:" + file,
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return checked(views);
    }

    /** Names must be identifiers, unique, and not {@code raw}. */
    private static List<ViewFile> checked(List<ViewFile> views) {
        Map<String, String> seen = new HashMap<>();
        for (ViewFile v : views) {
            if (!IDENTIFIER.matcher(v.name()).matches()) {
                throw new UsageException("view file " + v.source() + ": the view name '" + v.name() + "' is not an"
                        + " identifier (letters, digits, _; an order prefix like 01_ is dropped)");
            }
            if (RAW.equalsIgnoreCase(v.name())) {
                throw new UsageException("view file " + v.source() + ": '" + RAW + "' is the committed rows' name");
            }
            String before = seen.putIfAbsent(v.name().toLowerCase(java.util.Locale.ROOT), v.source());
            if (before != null) {
                throw new UsageException("view files " + before + " and " + v.source() + " both name the view "
                        + v.name());
            }
        }
        return List.copyOf(views);
    }
}
