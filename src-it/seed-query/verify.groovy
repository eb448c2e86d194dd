import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/seed-query')
def records = new JsonSlurper().parse(new File(basedir, 'target/batch-layer/data/assessments.json'))
def slice = records[0..<200]
// the lines a goal logged, without Maven's level prefix
def logged = log.readLines().findAll { it.startsWith('[INFO] ') }.collect { it.substring(7) }

/** The lines Spark's show(n, false) prints for these rows (left-aligned, columns at least 3 wide). */
def showTable = { List<String> header, List<List<String>> rows, boolean more ->
    def widths = header.indices.collect { c -> ([3, header[c].length()] + rows.collect { it[c].length() }).max() }
    def rule = '+' + widths.collect { '-' * it }.join('+') + '+'
    def line = { cells -> '|' + cells.withIndex().collect { cell, c -> cell.padRight(widths[c]) }.join('|') + '|' }
    [rule, line(header), rule] + rows.collect { line(it) } + [rule] + (more ? ["only showing top ${rows.size()} rows"] : [])
}
def assertLoggedInOrder = { List<String> expected ->
    int at = (0..logged.size() - expected.size()).find { i -> logged.subList(i, i + expected.size()) == expected } ?: -1
    assert at >= 0 : "not in the build log:\n${expected.join('\n')}"
}

// 1. the seed's first statement, verbatim: the first five records, whole cells, as the seed printed them
def columns = ['base_exam_id', 'exam_name', 'keen_id', 'user_exam_id']
assertLoggedInOrder(showTable(columns, slice[0..<5].collect { r -> columns.collect { r[it] } }, true))
assert slice[0].keen_id == '5a6745820eb8ab00016be1f1'
assert log =~ /query: 200 rows in [\d.]+ s/
// the whole result as CSV: every landed row, once
def csv = new File(out, 'columns.csv').readLines('UTF-8')
assert csv[0] == columns.join(',')
def quote = { String v -> v ==~ /.*[,"\n].*/ ? '"' + v.replace('"', '""') + '"' : v }
assert csv.size() == 201
assert csv.tail().sort() == slice.collect { r -> columns.collect { quote(r[it]) }.join(',') }.sort()
assert log.contains("query: wrote 200 rows as csv to ${new File(out, 'columns.csv').absolutePath}")

// 2. SELECT sequences FROM assessments LIMIT 5: nested values as structs in the schema's field order, NULL
//    for a missing field (not the seed's lossy Map(questions -> ...))
def fields = [
        sequences: ['questions', 'attempt', 'id', 'counts'],
        questions: ['user_incomplete', 'user_correct', 'options', 'user_submitted', 'id', 'user_result'],
        options  : ['checked', 'at', 'id', 'submitted', 'correct'],
        counts   : ['incomplete', 'submitted', 'incorrect', 'all_correct', 'correct', 'total', 'unanswered']]
def render
render = { value, String name ->
    if (value == null) return 'NULL'
    if (value instanceof List) return '[' + value.collect { render(it, name) }.join(', ') + ']'
    if (value instanceof Map) return '{' + fields[name].collect { render(value[it], it) }.join(', ') + '}'
    return value.toString()
}
def shown = slice[0..<5].collect { [render(it.sequences, 'sequences')] }
assertLoggedInOrder(showTable(['sequences'], shown, false))
assert shown[0][0].startsWith('{[{')
assert log =~ /query: 5 rows in [\d.]+ s/
def ndjson = new File(out, 'sequences.ndjson').readLines('UTF-8').collect { new JsonSlurper().parseText(it) }
assert ndjson.size() == 5
assert ndjson*.sequences*.id == slice[0..<5]*.sequences*.id
assert ndjson*.sequences*.questions*.size() == slice[0..<5]*.sequences*.questions*.size()

// 3. describe: the schema tree, the committed batch and its files, the quarantine, the views
int rawAt = logged.findIndexOf { it ==~ /raw \(hdfs:\/\/127\.0\.0\.1:\d+\/tmp\/raw_assessments, also assessments\):/ }
assert rawAt >= 0
assert logged.subList(rawAt + 1, rawAt + 4) == ['root', ' |-- kafka_partition: integer (nullable = true)',
                                                ' |-- kafka_offset: long (nullable = true)']
assert logged.contains(' |-- sequences: struct (nullable = true)')
assert logged.contains(' |    |-- questions: array (nullable = true)')
assert logged.contains(' |-- batch: integer (nullable = true)')
assert log.contains('batch 1: video-books-assessments offsets {"0":[0,200]}, 200 rows, 0 quarantined, committed ')
assert logged.any { it ==~ /-rw-r--r-- +\d+ \S+ +\S+ +\d+ \d{4}-\d\d-\d\d \d\d:\d\d \/tmp\/raw_assessments\/batch=000001\/part-\S+\.parquet/ }
assert logged.any { it ==~ /quarantine \(.*\/tmp\/raw_assessments_quarantine\): 0 messages/ }
// the preset's two views under viewsPath, and the seed's own summary parquet
assert logged.any { it ==~ /  assessments_summary +\d+ rows  landed .*\/tmp\/batch_views\/assessments_summary/ }
assert logged.any { it ==~ /  top_exams +0 rows  landed .*\/tmp\/batch_views\/top_exams/ } // no exam has > 100 in 200
assert logged.any { it ==~ /  summary +\d+ rows  landed .*\/tmp\/summary/ }
assert log =~ /describe: 1 committed batches, 200 rows, 0 quarantined, 3 views/

// 4. a typo: Spark's message and position, no stack trace; recorded, and the build goes on to cluster-down
// Spark reads "FORM" as an alias of exam_name, so what it cannot parse is the table name after it
assert log.contains('[ERROR] query failed: SQL error at line 2, position 5:')
assert log.contains("[PARSE_SYNTAX_ERROR] Syntax error at or near 'assessments'")
def lines = log.readLines()
def caret = ['== SQL ==', 'SELECT exam_name', 'FORM assessments', '-----^^^']
assert (0..lines.size() - caret.size()).any { lines.subList(it, it + caret.size()) == caret } : 'the statement, a caret under the spot'
assert !(log =~ /\tat org\.apache\.spark/)
assert !new File(basedir, 'target/batch-layer/cluster.json').exists()
return true
