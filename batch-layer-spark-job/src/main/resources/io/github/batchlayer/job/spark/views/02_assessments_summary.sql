-- assessments_summary: (exam_name, question_id, user_correct) -> counts. Each landed row's own questions are
-- exploded (no join back on keen_id, which repeats in the real data); a missing user_correct counts as false, as
-- the seed defaulted it.
SELECT exam_name, q.id AS question_id, coalesce(q.user_correct, false) AS user_correct, count(*) AS counts
FROM raw LATERAL VIEW explode(sequences.questions) questions AS q
GROUP BY exam_name, q.id, coalesce(q.user_correct, false)
ORDER BY exam_name, question_id, user_correct
