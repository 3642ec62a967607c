-- Atomic admission of one request against every window it spends (ghl-ratelimit-redis).
-- Sliding windows: a sorted set per window holds one member per admitted request, scored by its
-- instant in microseconds of THIS server's clock (TIME), never a client's. A request may be
-- admitted at `now` only if every window (now - W, now] then holds fewer than its maximum, so no
-- interval of length W ever holds more than the maximum ("at most N in any W").
--
-- KEYS[1] burst window of the connection (sorted set)   KEYS[2] Maton window of the API key (sorted set)
-- KEYS[3] state of the connection (hash: max, win, blocked, day, daycount, daymax)
-- ARGV[1] member (random, unique)  ARGV[2] "1" when the request spends a connection's budget, else "0"
-- ARGV[3] burst max  ARGV[4] burst window (us)  ARGV[5] Maton max  ARGV[6] Maton window (us)
-- ARGV[7] daily max
-- Returns {1, now} when admitted, {0, wait_us} when the caller must wait and ask again,
-- {-1, wait_us} when the day's budget is spent (wait_us until the UTC day ends).
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local nowStr = string.format('%.0f', now)
local conn = ARGV[2] == '1'
local matonMax = tonumber(ARGV[5])
local matonWin = tonumber(ARGV[6])
local wait = 0

local function fullFor(key, max, win)
  redis.call('ZREMRANGEBYSCORE', key, '-inf', string.format('%.0f', now - win))
  local n = redis.call('ZCARD', key)
  if n < max then
    return 0
  end
  -- room comes back when the entry at index n - max leaves the window
  local e = redis.call('ZRANGE', key, n - max, n - max, 'WITHSCORES')
  return tonumber(e[2]) + win - now
end

local burstMax, burstWin, day, daycount, daymax
if conn then
  local s = redis.call('HMGET', KEYS[3], 'max', 'win', 'blocked', 'day', 'daycount', 'daymax')
  burstMax = tonumber(s[1]) or tonumber(ARGV[3])
  burstWin = tonumber(s[2]) or tonumber(ARGV[4])
  local blocked = tonumber(s[3]) or 0
  day = math.floor(now / 86400000000)
  daymax = tonumber(s[6]) or tonumber(ARGV[7])
  daycount = 0
  if tonumber(s[4]) == day then
    daycount = tonumber(s[5]) or 0
  end
  if daycount >= daymax then
    return {-1, (day + 1) * 86400000000 - now}
  end
  if blocked > now then
    wait = blocked - now
  end
  wait = math.max(wait, fullFor(KEYS[1], burstMax, burstWin))
end
wait = math.max(wait, fullFor(KEYS[2], matonMax, matonWin))
if wait > 0 then
  return {0, wait}
end

redis.call('ZADD', KEYS[2], nowStr, ARGV[1])
redis.call('PEXPIRE', KEYS[2], math.ceil(matonWin / 1000) + 1000)
if conn then
  redis.call('ZADD', KEYS[1], nowStr, ARGV[1])
  redis.call('PEXPIRE', KEYS[1], math.ceil(burstWin / 1000) + 1000)
  redis.call('HSET', KEYS[3], 'day', day, 'daycount', daycount + 1)
  redis.call('PEXPIRE', KEYS[3], 2 * 86400000)
end
return {1, now}
