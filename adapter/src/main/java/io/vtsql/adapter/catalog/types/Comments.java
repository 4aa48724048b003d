package io.vtsql.adapter.catalog.types;

import static io.vtsql.adapter.catalog.ModifierSpec.Kind.LIST;
import static io.vtsql.adapter.catalog.VtColumnType.INTEGER;
import static io.vtsql.adapter.catalog.types.Declarations.spec;

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.IdForms;
import io.vtsql.adapter.catalog.ListEndpoint;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.Privilege;
import java.util.Map;

/**
 * The {@code comment} object type: table {@code comments}, the community's comments, newest first
 * from {@code GET /comments}, whose only filter is {@code tag:}.
 */
public final class Comments {
  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("comment", "comments")
          .description("Community comments on VirusTotal objects, newest first")
          .columns(
              Columns.id("Comment id, e.g. f-<sha256>-<hash> for a comment on a file")
                  .dates("date", "Time the comment was posted")
                  .text("text", "Comment text")
                  .text("html", "Comment as HTML")
                  .list("tags", "Tags (#words) of the comment (filter: tag:)")
                  .add("votes_positive", INTEGER, "votes.positive", "Positive votes")
                  .add("votes_negative", INTEGER, "votes.negative", "Negative votes")
                  .add("votes_abuse", INTEGER, "votes.abuse", "Abuse reports"))
          .key("id", IdForms.OPAQUE)
          .scan(
              new ListEndpoint(
                  "/comments",
                  40,
                  Declarations.modifiers(spec("tags", "tag", LIST, false)),
                  Map.of(),
                  Privilege.PUBLIC,
                  false))
          .writes(CommunityWrites.comment())
          .build();

  private Comments() {}
}
