/**
 * VirusTotal API v3 client: {@link io.vtsql.client.VtClient} (built with {@link
 * io.vtsql.client.VtClient#builder()} or shared through {@link io.vtsql.client.VtClients}),
 * envelope parsing in {@link io.vtsql.client.EnvelopeParser}, typed exceptions under {@link
 * io.vtsql.client.VtException}.
 *
 * <p>Every request runs through one pipeline, outermost first: request accounting (ring of {@link
 * io.vtsql.client.RequestRecord}s plus listeners) → in-memory cache (Caffeine, key = SHA-256 of the
 * API key + GET + path + sorted parameters incl. cursor, 200 responses only) → optional persistent
 * cache directory (one file per entry, atomic replace, honoured within the TTL) → retry
 * (full-jitter exponential backoff, Retry-After, bounded attempts and total time) → rate limiter
 * (rolling window + UTC-day budget per key, shared process-wide) → OkHttp. The limiter sits beneath
 * retry so that every HTTP attempt takes a permit.
 *
 * <p>Daily quota: the client knows a daily quota is exhausted either from its own per-key counter
 * (the tier's or the builder's {@code dailyLimit}; code {@code DailyQuotaExceeded}, no request
 * made) or from a 429 {@code QuotaExceededError} whose message mentions the day. Either fails fast
 * with {@link io.vtsql.client.VtQuotaExceededException#daily()} true and a message saying it resets
 * at 00:00 UTC. Other 429s are retried.
 *
 * <p>The API key travels only in the {@code x-apikey} header; a request whose URL would contain it
 * is refused, and server-supplied text echoing it is masked as {@value
 * io.vtsql.client.KeyMask#MASK}.
 */
package io.vtsql.client;
