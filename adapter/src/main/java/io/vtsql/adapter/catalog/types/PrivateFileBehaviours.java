package io.vtsql.adapter.catalog.types;

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.IdForms;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.Privilege;
import java.util.Set;

/**
 * The {@code private_file_behaviour} object type: a sandbox report of a private file, "identical to
 * file behaviours" (reference/private-file-behaviours), id {@code <sha256>_<sandbox name>...}. Its
 * rows are the table {@code private_file_behaviours}, a private file's {@code behaviours} ({@code
 * GET /private/file/{id}/behaviours}); its child tables are those of {@code file_behaviour}, read
 * with {@code GET /private/file_behaviours/{id}}.
 */
public final class PrivateFileBehaviours {
  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("private_file_behaviour", "private_file_behaviours")
          .collectionPath("/private/file_behaviours")
          .description(
              "Sandbox reports of privately scanned files (needs a Private Scanning licence), one per"
                  + " sandbox run (id <sha256>_<sandbox name>)")
          .columns(
              Columns.id(
                      "Report id: <sha256 of the private file>_<sandbox name> (id = ... alone reads"
                          + " that file's reports)")
                  .sharedWith(FileBehaviours.TYPE, Set.of()))
          .key("id", IdForms.OPAQUE)
          .targetOnly()
          .privilege(Privilege.PRIVATE_SCANNING)
          .parentInId("private_file", "behaviours", FileBehaviours::fileId)
          .children(FileBehaviours.reportTables())
          .build();

  private PrivateFileBehaviours() {}
}
