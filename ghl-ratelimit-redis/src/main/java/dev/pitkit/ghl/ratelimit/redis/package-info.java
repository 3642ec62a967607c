/**
 * One rate budget shared by every instance of an application, on Redis: {@link
 * dev.pitkit.ghl.ratelimit.redis.RedisRateLimiter}, plugged in with
 * {@code GhlClient.builder().rateLimiter(...)}. See the class for the rule it keeps (a sliding
 * window, not a token bucket), what it stores in Redis (no secret), and what it does when Redis
 * fails ({@link dev.pitkit.ghl.ratelimit.redis.FailureMode}).
 */
package dev.pitkit.ghl.ratelimit.redis;
