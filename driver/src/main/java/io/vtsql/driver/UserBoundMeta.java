package io.vtsql.driver;

import static java.util.Objects.requireNonNull;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.Meta.ConnectionHandle;
import org.apache.calcite.avatica.Meta.ExecuteResult;
import org.apache.calcite.avatica.Meta.MetaResultSet;
import org.apache.calcite.avatica.Meta.StatementHandle;
import org.apache.calcite.avatica.remote.ProtobufMeta;

/**
 * The {@link Meta} Avatica's server calls, in front of {@link VtJdbcMeta}: every call that names a
 * connection or statement is allowed only to the user who opened it, per-user limits are checked
 * before a connection or statement is opened, and failures reach the client as {@link RemoteErrors}
 * makes them. Being a proxy over the whole interface, no call can bypass the check.
 */
final class UserBoundMeta implements InvocationHandler {
  private static final Set<String> CREATES_STATEMENT = Set.of("createStatement", "prepare");

  private final VtJdbcMeta meta;
  private final HandleOwners owners;

  private UserBoundMeta(VtJdbcMeta meta, HandleOwners owners) {
    this.meta = requireNonNull(meta, "meta");
    this.owners = requireNonNull(owners, "owners");
  }

  /** The meta Avatica's {@code LocalService} should use. */
  static ProtobufMeta wrap(VtJdbcMeta meta, ServerLimits limits) {
    return (ProtobufMeta)
        Proxy.newProxyInstance(
            ProtobufMeta.class.getClassLoader(),
            new Class<?>[] {ProtobufMeta.class},
            new UserBoundMeta(meta, new HandleOwners(limits)));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return method.invoke(this, args);
    }
    String user = UserTrackingHandler.currentUser().orElse("");
    String name = method.getName();
    Object[] arguments = args == null ? new Object[0] : args;
    if (name.equals("openConnection")) {
      owners.openConnection(((ConnectionHandle) arguments[0]).id, user, meta::openConnectionIds);
    } else {
      check(arguments, user);
      if (CREATES_STATEMENT.contains(name)) {
        owners.beforeNewStatement(user, meta::openStatementIds);
      }
    }
    Object result;
    try {
      result = method.invoke(meta, arguments);
    } catch (InvocationTargetException e) {
      if (name.equals("openConnection")) {
        owners.openFailed(((ConnectionHandle) arguments[0]).id);
      }
      throw RemoteErrors.forClient(e.getCause(), sqlOf(arguments));
    }
    record(name, arguments, result);
    return result;
  }

  private void check(Object[] arguments, String user) {
    for (Object argument : arguments) {
      if (argument instanceof ConnectionHandle connection) {
        owners.checkConnection(connection.id, user);
      } else if (argument instanceof StatementHandle statement) {
        owners.checkStatement(
            statement.connectionId, statement.id, user, meta.isStatementOpen(statement.id));
      }
    }
  }

  /** Keeps the registry in step with what the call opened or closed. */
  private void record(String name, Object[] arguments, Object result) {
    if (name.equals("openConnection")) {
      owners.opened(((ConnectionHandle) arguments[0]).id);
    } else if (name.equals("closeConnection")) {
      owners.closeConnection(((ConnectionHandle) arguments[0]).id);
    } else if (name.equals("closeStatement")) {
      owners.closeStatement(((StatementHandle) arguments[0]).id);
    } else if (result instanceof StatementHandle statement) {
      owners.addStatement(statement.connectionId, statement.id);
    } else if (result instanceof MetaResultSet resultSet) {
      owners.addStatement(resultSet.connectionId, resultSet.statementId);
    } else if (result instanceof ExecuteResult execute) {
      execute.resultSets.forEach(r -> owners.addStatement(r.connectionId, r.statementId));
    }
  }

  private static String sqlOf(Object[] arguments) {
    for (Object argument : arguments) {
      if (argument instanceof String text) {
        return text;
      }
    }
    return null;
  }
}
