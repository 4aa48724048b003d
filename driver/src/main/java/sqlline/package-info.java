/**
 * vtsql's output formats for sqlline. They live in sqlline's package because sqlline hands rows to
 * output formats as package-private types ({@code Rows}, {@code Rows.Row}).
 */
package sqlline;
