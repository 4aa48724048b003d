package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scratch plan printing. */
class PlanTest {
  private static Connection conn;

  @BeforeAll static void open() throws SQLException {
    conn = VtConnections.open("http://127.0.0.1:9/api/v3", "k", true, 100);
  }

  @AfterAll static void close() throws SQLException {
    conn.close();
  }

  static String explain(String sql) throws SQLException {
    try (Statement s = conn.createStatement();
         ResultSet rs = s.executeQuery("explain plan for " + sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test void print() throws SQLException {
    for (String sql : new String[] {
        "select * from files where malicious > 5",
        "select id, size from files where malicious > 5 and type_tag = 'peexe' order by malicious desc limit 10",
        "select id from files where md5 = 'abc' or id = 'def'",
        "select id from files where malicious between 3 and 7 or size < 1000 limit 500",
        "select id from urls where url = 'http://example.com/'",
        "select id from files where array_contains(names, 'x\" OR p:0+') or meaningful_name like '%a\\\\\" p:1+%'",
        "select id from files limit 10",
        "select id from files where malicious > 5 limit 10 offset 5",
        "select id, malicious from files where malicious > 5 order by malicious desc, id limit 10",
        "select * from files where 'peexe' = any(tags) limit 3",
        "select * from files where array_contains(tags, 'peexe')",
        "select id from files where first_submission_date > timestamp '2024-01-01 00:00:00.5' limit 5",
        "select * from table(vt_search('entity:url title:login')) where malicious > 2",
        "select id from files where id = ?",
    }) {
      System.out.println(sql + "\n" + explain(sql));
    }
    assertEquals(1, 1);
  }
}
