-- Microseconds until the connection's pause (set by a spent window, a 429's Retry-After) ends; 0 when not paused.
-- KEYS[1] state of the connection (hash)
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local blocked = tonumber(redis.call('HGET', KEYS[1], 'blocked')) or 0
if blocked > now then
  return blocked - now
end
return 0
