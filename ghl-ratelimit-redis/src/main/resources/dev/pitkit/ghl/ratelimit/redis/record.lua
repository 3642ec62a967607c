-- A request that reached the server without being admitted (the JDK's HTTP client resent it on its own),
-- counted at once in every window it spent, however full (ghl-ratelimit-redis): the requests admitted
-- after it then wait by as much.
--
-- KEYS as acquire.lua. ARGV[1] member (random, unique)  ARGV[2] "1" when the request spent a connection's
-- budget, else "0"  ARGV[3] default burst window (us)  ARGV[4] Maton window (us)
-- Returns {now} (us, this server's clock).
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local nowStr = string.format('%.0f', now)
local matonWin = tonumber(ARGV[4])
redis.call('ZADD', KEYS[2], nowStr, ARGV[1])
redis.call('PEXPIRE', KEYS[2], math.ceil(matonWin / 1000) + 1000)
if ARGV[2] == '1' then
  local s = redis.call('HMGET', KEYS[3], 'win', 'day', 'daycount')
  local burstWin = tonumber(s[1]) or tonumber(ARGV[3])
  redis.call('ZADD', KEYS[1], nowStr, ARGV[1])
  redis.call('PEXPIRE', KEYS[1], math.ceil(burstWin / 1000) + 1000)
  local day = math.floor(now / 86400000000)
  local daycount = 0
  if tonumber(s[2]) == day then
    daycount = tonumber(s[3]) or 0
  end
  redis.call('HSET', KEYS[3], 'day', day, 'daycount', daycount + 1)
  redis.call('PEXPIRE', KEYS[3], 2 * 86400000)
end
return {now}
