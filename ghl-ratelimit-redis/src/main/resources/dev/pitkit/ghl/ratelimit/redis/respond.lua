-- What the response to an admitted request teaches every instance (ghl-ratelimit-redis).
-- 1. The request's entries move from their admission instant to now (the response's instant, at or
--    after the server counted the request), so these windows never free a slot before the server's.
-- 2. From GHL's X-RateLimit-* headers: the window's size and length, and its remaining budget
--    (less left on the server than here: the difference is booked now; none left: the connection
--    pauses until the oldest known entry leaves the window, or a whole window when none is known);
--    a Retry-After pauses the connection (at most one window); the day's remaining budget.
--
-- KEYS as acquire.lua. ARGV[1] member ('' for none) ARGV[2] "1" when the request spent a connection's budget
-- ARGV[3] default burst max  ARGV[4] default burst window (us)  ARGV[5] default daily max
-- ARGV[6] X-RateLimit-Max  ARGV[7] X-RateLimit-Remaining  ARGV[8] X-RateLimit-Interval-Milliseconds
-- ARGV[9] X-RateLimit-Limit-Daily  ARGV[10] X-RateLimit-Daily-Remaining  ARGV[11] Retry-After (ms)
-- (a header that was absent is '')  ARGV[12] the longest window learned from a header (us)
-- ARGV[13] the largest window size learned from a header
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local nowStr = string.format('%.0f', now)
local member = ARGV[1]
-- moves the member's entry to now; the entry then leaves its window later by as much as it moved,
-- and so must the key (its TTL was set for the admission instant)
local function moveToNow(key)
  local score = redis.call('ZSCORE', key, member)
  if score then
    redis.call('ZADD', key, 'XX', nowStr, member)
    local ttl = redis.call('PTTL', key)
    local moved = math.ceil((now - tonumber(score)) / 1000)
    if ttl > 0 and moved > 0 then
      redis.call('PEXPIRE', key, ttl + moved)
    end
  end
end
if member ~= '' then
  moveToNow(KEYS[2])
  if ARGV[2] == '1' then
    moveToNow(KEYS[1])
  end
end
if ARGV[2] ~= '1' then
  return 0
end

local s = redis.call('HMGET', KEYS[3], 'max', 'win', 'blocked', 'day', 'daycount', 'daymax')
local max = (tonumber(ARGV[6]) and math.min(tonumber(ARGV[6]), tonumber(ARGV[13]))) or tonumber(s[1]) or tonumber(ARGV[3])
local win = (tonumber(ARGV[8]) and math.min(tonumber(ARGV[8]) * 1000, tonumber(ARGV[12]))) or tonumber(s[2]) or tonumber(ARGV[4])
if max < 1 then max = 1 end
if win < 1000 then win = 1000 end
if ARGV[6] ~= '' or ARGV[8] ~= '' then
  redis.call('HSET', KEYS[3], 'max', max, 'win', string.format('%.0f', win))
end
local blocked = tonumber(s[3]) or 0
local remaining = tonumber(ARGV[7])
if remaining ~= nil then
  redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', string.format('%.0f', now - win))
  local n = redis.call('ZCARD', KEYS[1])
  if remaining <= 0 then
    local untilUs = now + win
    if n > 0 then
      local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
      untilUs = math.min(untilUs, tonumber(oldest[2]) + win)
    end
    blocked = math.max(blocked, untilUs)
  else
    -- spent by someone this limiter does not know of: book it, so nobody runs into GHL's 429
    local batch = {}
    for i = remaining, max - n - 1 do
      batch[#batch + 1] = nowStr
      batch[#batch + 1] = 'x:' .. nowStr .. ':' .. i
      if #batch == 1000 then
        redis.call('ZADD', KEYS[1], unpack(batch))
        batch = {}
      end
    end
    if #batch > 0 then
      redis.call('ZADD', KEYS[1], unpack(batch))
    end
  end
  redis.call('PEXPIRE', KEYS[1], math.ceil(win / 1000) + 1000)
end
local retryMs = tonumber(ARGV[11])
if retryMs ~= nil and retryMs > 0 then
  blocked = math.max(blocked, now + math.min(retryMs * 1000, win))
end
if blocked > now then
  redis.call('HSET', KEYS[3], 'blocked', string.format('%.0f', blocked))
end
local dailyRemaining = tonumber(ARGV[10])
if dailyRemaining ~= nil then
  local daymax = tonumber(ARGV[9]) or tonumber(s[6]) or tonumber(ARGV[5])
  local day = math.floor(now / 86400000000)
  local daycount = 0
  if tonumber(s[4]) == day then
    daycount = tonumber(s[5]) or 0
  end
  local spent = daymax - dailyRemaining
  if spent > daycount then
    daycount = spent
  end
  redis.call('HSET', KEYS[3], 'day', day, 'daycount', string.format('%.0f', daycount), 'daymax', string.format('%.0f', daymax))
end
redis.call('PEXPIRE', KEYS[3], 2 * 86400000)
return 0
