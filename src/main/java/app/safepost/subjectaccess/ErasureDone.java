package app.safepost.subjectaccess;

/** What an erasure did: posts taken down (or withdrawn before sending), photos deleted, drafts changed. */
public record ErasureDone(int postsTakenDown, int photosDeleted, int draftsChanged) {}
