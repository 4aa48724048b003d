package io.vtsql.client;

/**
 * One stage of the request pipeline (accounting, caches, rate limiter, retry, HTTP); it delegates
 * to the next.
 */
@FunctionalInterface
interface Layer {
  /** Executes the request, returning a validated response or throwing a {@link VtException}. */
  VtResponse execute(VtRequest request);
}
