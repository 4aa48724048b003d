package io.vtsql.adapter.catalog;

import io.vtsql.client.VtObject;
import java.util.Optional;

/**
 * How a key column's value names an object in {@code GET /{collection}/{id}}: which values can name
 * one at all (an impossible value needs no request), how the value is written in the path, and
 * whether a returned object answers the value.
 */
public interface IdForm {
  /** The id segment of the GET for {@code value}, or empty when no object can have it. */
  Optional<String> pathId(String value);

  /** Whether the object VirusTotal returned answers {@code column = value}. */
  boolean answers(String column, String value, VtObject object);

  /** Whether the value is a URL that the path carries base64url-encoded (urls.url). */
  default boolean urlForm() {
    return false;
  }
}
