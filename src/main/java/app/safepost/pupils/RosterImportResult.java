package app.safepost.pupils;

/** What an import did, in the API's words. */
public record RosterImportResult(int created, int updated, int archived, int unchanged) {}
