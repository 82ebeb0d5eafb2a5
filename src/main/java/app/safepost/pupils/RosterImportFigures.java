package app.safepost.pupils;

/** How many pupils an import created, updated, archived and left unchanged, in the API's words. */
public record RosterImportFigures(int created, int updated, int archived, int unchanged) {}
