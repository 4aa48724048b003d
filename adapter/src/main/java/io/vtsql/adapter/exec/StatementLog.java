package io.vtsql.adapter.exec;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The connection's most recent statement executions that read {@code vt} tables, newest first, so
 * that {@code vt_meta.statements} can show a running statement's own requests and rows while it
 * runs (unlike {@code vt_meta.progress}, whose totals are shared by every connection of the
 * client).
 */
public final class StatementLog {
  /** How many executions are kept. */
  static final int CAPACITY = 20;

  private final Clock clock;
  private final Deque<RequestBudget> recent = new ArrayDeque<>();

  public StatementLog(Clock clock) {
    this.clock = clock;
  }

  /** The clock executions are timed with. */
  Clock clock() {
    return clock;
  }

  /** Remembers a new execution, forgetting the oldest beyond {@link #CAPACITY}. */
  synchronized void add(RequestBudget execution) {
    recent.addFirst(execution);
    if (recent.size() > CAPACITY) {
      recent.removeLast();
    }
  }

  /** The executions kept, newest first. */
  public synchronized List<RequestBudget> recent() {
    return new ArrayList<>(recent);
  }
}
