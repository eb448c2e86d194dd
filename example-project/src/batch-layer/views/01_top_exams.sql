-- The seed's table: exams with more than :min_assessments (summarize's minAssessments, 100) assessments.
SELECT exam_name, count(*) AS total
FROM raw
GROUP BY exam_name
HAVING count(*) > :min_assessments
ORDER BY total DESC, exam_name ASC
