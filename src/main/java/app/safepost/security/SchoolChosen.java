package app.safepost.security;

/** A person working in several schools has put another of them in hand, in the header. */
public record SchoolChosen(String username, SchoolId school) {}
