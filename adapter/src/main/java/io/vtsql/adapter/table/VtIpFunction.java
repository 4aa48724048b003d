package io.vtsql.adapter.table;

import io.vtsql.adapter.pushdown.IpBlock;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.ScalarFunction;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;

/**
 * The SQL function {@code vt_ip_in(ip, cidr)}: whether an IP address lies in an IPv4/IPv6 CIDR
 * block, usable on any column; on {@code ip_addresses.id} it is pushed as {@code ip:"cidr"}.
 */
public final class VtIpFunction {
  /** Name under which the schema registers the function. */
  static final String NAME = "vt_ip_in";

  /** The function object the schema registers. */
  static final ScalarFunction FUNCTION = ScalarFunctionImpl.create(VtIpFunction.class, "ipIn");

  private VtIpFunction() {}

  /**
   * NULL when either argument is NULL; false when {@code ip} is not an IP literal.
   *
   * @throws RuntimeException a SQL error naming {@code cidr} when it is not an address or CIDR
   *     block
   */
  public static Boolean ipIn(String ip, String cidr) {
    if (ip == null || cidr == null) {
      return null;
    }
    return IpBlock.parse(cidr).contains(ip);
  }

  /** Whether a row expression is a call of this function. */
  public static boolean isCall(RexNode node) {
    return node instanceof RexCall call
        && call.getOperator() instanceof SqlUserDefinedFunction f
        && f.getFunction() instanceof ScalarFunctionImpl s
        && s.method.getDeclaringClass() == VtIpFunction.class;
  }
}
