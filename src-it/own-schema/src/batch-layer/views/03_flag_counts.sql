-- the flags inside the measurements: an array in an array
SELECT flag, count(*) AS total
FROM raw LATERAL VIEW explode(measurements) ms AS m LATERAL VIEW explode(m.flags) fs AS flag
GROUP BY flag
ORDER BY total DESC, flag
