package io.vtsql.adapter.exec;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.JdbcErrors;
import io.vtsql.adapter.VtBackend;
import io.vtsql.client.VtClient;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;

/**
 * An {@link Enumerable} of scan rows whose failures reach JDBC with a SQLState (see {@link
 * JdbcErrors}), whether they happen when the enumerator is opened or while it moves; each row is
 * counted for the progress reports (the client's totals and the statement's {@link RequestBudget}).
 */
public final class TranslatingEnumerable extends AbstractEnumerable<Object[]> {
  private final Enumerable<Object[]> delegate;
  private final DataContext root;
  private final VtBackend backend;

  public TranslatingEnumerable(Enumerable<Object[]> delegate, DataContext root, VtBackend backend) {
    this.delegate = requireNonNull(delegate, "delegate");
    this.root = requireNonNull(root, "root");
    this.backend = requireNonNull(backend, "backend");
  }

  @Override
  public Enumerator<Object[]> enumerator() {
    final Enumerator<Object[]> e;
    final RequestBudget statement = RequestBudget.of(root, backend);
    final VtClient client = backend.client();
    try {
      e = delegate.enumerator();
    } catch (RuntimeException failure) {
      throw JdbcErrors.rethrow(failure);
    }
    return new Enumerator<>() {
      @Override
      public Object[] current() {
        return e.current();
      }

      @Override
      public boolean moveNext() {
        try {
          final boolean moved = e.moveNext();
          if (moved) {
            client.countRow();
            statement.countRow();
          }
          return moved;
        } catch (RuntimeException failure) {
          throw JdbcErrors.rethrow(failure);
        }
      }

      @Override
      public void reset() {
        e.reset();
      }

      @Override
      public void close() {
        e.close();
      }
    };
  }
}
