-- Gives back the slot of an admitted request that was not sent after all (ghl-ratelimit-redis): its
-- caller was interrupted, its client closed, or its connection never opened. Its entries leave both
-- windows; when it was still in the connection's window, the day's count drops by one, if it was
-- admitted on the day being counted.
--
-- KEYS as acquire.lua. ARGV[1] member  ARGV[2] admission instant (us, Redis time)
local removed = redis.call('ZREM', KEYS[2], ARGV[1])
if redis.call('ZREM', KEYS[1], ARGV[1]) == 1 then
  local s = redis.call('HMGET', KEYS[3], 'day', 'daycount')
  local day = math.floor(tonumber(ARGV[2]) / 86400000000)
  if tonumber(s[1]) == day and (tonumber(s[2]) or 0) > 0 then
    redis.call('HINCRBY', KEYS[3], 'daycount', -1)
  end
  removed = 1
end
return removed
