-- built on the view before it
SELECT device_id, kind, count(*) AS readings, round(min(value), 2) AS min_value, round(max(value), 2) AS max_value
FROM measurements
GROUP BY device_id, kind
ORDER BY device_id, kind
