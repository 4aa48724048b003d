package io.vtsql.simulator.corpus;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/** The objects of one type: their canonical ids, id aliases, and how to materialise each one. */
public interface ObjectTable {

  /** Canonical ids in a stable order. */
  List<String> ids();

  /** The canonical id for a canonical id or an alias (file md5/sha1, url base64url, ...). */
  Optional<String> resolve(String idOrAlias);

  /**
   * The full object {@code {type, id, links, attributes}} for a canonical id. The node may be
   * shared between callers and must not be modified.
   */
  ObjectNode materialize(String canonicalId);
}
