package io.vtsql.simulator.corpus;

/**
 * The relationships of users and groups the simulator serves (protocol.md §5 Users / groups /
 * quotas; the user's {@code groups} as the user object's documentation lists it), in {@link
 * RelationshipCatalogue}'s row form.
 */
final class AccountRelationshipRows {

  private AccountRelationshipRows() {}

  // Rows: name, target type(s) separated by '|', flags ("E" = premium only, "1" = 1:1),
  // description.
  static final String[][] USER = {
    {"groups", "group", "", "Groups the user is a member of (only the user sees them)"},
  };

  static final String[][] GROUP = {
    {"administrators", "user", "", "Administrators of the group"},
    {"service_accounts", "service_account", "", "Service accounts of the group"},
    {"users", "user", "", "Members of the group"},
  };
}
