-- one row per measurement: explodes each reading's measurements array
SELECT device.id AS device_id, device.site AS site, ts, m.kind AS kind, m.value AS value, size(m.flags) AS flags
FROM raw LATERAL VIEW explode(measurements) readings AS m
