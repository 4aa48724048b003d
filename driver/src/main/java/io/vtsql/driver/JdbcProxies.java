package io.vtsql.driver;

import static java.util.Objects.requireNonNull;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Array;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Set;
import org.apache.calcite.jdbc.CalciteConnection;

/**
 * Wraps a Calcite connection, and the statements, result sets and arrays it hands out, to fix two
 * things JDBC clients trip over:
 *
 * <ul>
 *   <li>failures surface as {@link SQLException}s with a SQLState and a one-line message ({@link
 *       SqlErrors}), even those Calcite lets escape {@code ResultSet.next()} as unchecked
 *       exceptions (a later page of results failing);
 *   <li>{@code Array.getResultSet()} reports "not supported" instead of returning Calcite's
 *       one-column result set, which Avatica's server misreads (it expects index and value
 *       columns); Avatica then falls back to {@code Array.getArray()}, so ARRAY columns travel to
 *       remote clients;
 *   <li>{@code getString} of an ARRAY column gives JSON text ({@link ArrayText}).
 * </ul>
 */
final class JdbcProxies {
  private static final Set<Class<?>> WRAPPED =
      Set.of(
          Statement.class,
          PreparedStatement.class,
          CallableStatement.class,
          ResultSet.class,
          Array.class);

  private JdbcProxies() {}

  /** Wraps a connection; it still unwraps to, and is an instance of, CalciteConnection. */
  static Connection connection(Connection target) {
    return (Connection) proxy(target, CalciteConnection.class);
  }

  private static Object proxy(Object target, Class<?> type) {
    return Proxy.newProxyInstance(
        JdbcProxies.class.getClassLoader(), new Class<?>[] {type}, new Handler(target));
  }

  /** Forwards every call to the wrapped object, translating failures and wrapping results. */
  private static final class Handler implements InvocationHandler {
    private final Object target;

    Handler(Object target) {
      this.target = requireNonNull(target, "target");
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      switch (method.getName()) {
        case "equals":
          return args.length == 1 && proxy == args[0];
        case "hashCode":
          return System.identityHashCode(proxy);
        case "toString":
          return target.toString();
        case "getString":
          if (target instanceof ResultSet rows
              && args.length == 1
              && ArrayText.isArrayColumn(rows, args[0])) {
            Object array =
                args[0] instanceof Integer i ? rows.getArray(i) : rows.getArray((String) args[0]);
            return ArrayText.json((Array) array);
          }
          break;
        case "getResultSet":
          if (target instanceof Array) {
            throw new SQLFeatureNotSupportedException(
                "vtsql: read ARRAY values with Array.getArray()", "0A000");
          }
          break;
        default:
          break;
      }
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw translate(e.getCause(), method);
      }
      return wrap(result, method.getReturnType());
    }

    /**
     * Translates what a method declaring SQLException threw. A constant expression that cannot be
     * computed ({@code SELECT 1 / 0}) fails in the static initializer of the class Calcite
     * generates for the statement, hence the ExceptionInInitializerError.
     */
    private static Throwable translate(Throwable failure, Method method) {
      boolean declaresSqlException =
          Arrays.stream(method.getExceptionTypes())
              .anyMatch(type -> type.isAssignableFrom(SQLException.class));
      if (declaresSqlException
          && (failure instanceof SQLException
              || failure instanceof RuntimeException
              || failure instanceof ExceptionInInitializerError)) {
        return SqlErrors.translate(failure);
      }
      return failure;
    }

    private static Object wrap(Object result, Class<?> declared) {
      if (result == null) {
        return null;
      }
      if (WRAPPED.contains(declared)) {
        return proxy(result, declared);
      }
      if (declared == Object.class && result instanceof Array) {
        return proxy(result, Array.class);
      }
      return result;
    }
  }
}
