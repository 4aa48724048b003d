import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * A forgetful JDBC client, run with only the shaded jar on its class path: it finds the
 * driver by URL (or by Class.forName when asked), prints one row, and returns from main
 * without closing anything; the JVM must still exit.
 */
public class JarProbe {
  public static void main(String[] args) throws Exception {
    if (args.length > 1 && args[1].equals("forName")) {
      Class.forName("io.vtsql.driver.VtDriver");
    }
    Connection connection = DriverManager.getConnection("jdbc:vt:");
    Statement statement = connection.createStatement();
    ResultSet resultSet = statement.executeQuery(
        "SELECT id, size, tags FROM files WHERE md5 = '" + args[0] + "'");
    while (resultSet.next()) {
      System.out.println(resultSet.getString(1) + "," + resultSet.getLong(2) + ","
          + resultSet.getArray(3).getArray().getClass().getSimpleName());
    }
  }
}
