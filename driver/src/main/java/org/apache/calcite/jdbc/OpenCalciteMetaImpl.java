package org.apache.calcite.jdbc;

/**
 * A {@link CalciteMetaImpl} that code outside this package can subclass.
 *
 * <p>Calcite allows subclassing, but its constructor takes the package-private {@code
 * CalciteConnectionImpl}, and Calcite casts a connection's Meta to CalciteMetaImpl, so a delegating
 * Meta is no alternative. This class only opens the constructor.
 */
public class OpenCalciteMetaImpl extends CalciteMetaImpl {
  /**
   * Creates the meta of a connection.
   *
   * @param connection a connection created by a Calcite driver
   * @param metaTableFactory creates the rows of {@code DatabaseMetaData.getTables}
   * @param metaColumnFactory creates the rows of {@code DatabaseMetaData.getColumns}
   */
  protected OpenCalciteMetaImpl(
      CalciteConnection connection,
      CalciteMetaTableFactory metaTableFactory,
      CalciteMetaColumnFactory metaColumnFactory) {
    super((CalciteConnectionImpl) connection, metaTableFactory, metaColumnFactory);
  }
}
