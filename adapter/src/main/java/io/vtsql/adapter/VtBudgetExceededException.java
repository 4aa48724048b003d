package io.vtsql.adapter;

/** Thrown when a statement would exceed its {@code maxRequests} budget. */
public final class VtBudgetExceededException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public VtBudgetExceededException(String message) {
    super(message);
  }
}
