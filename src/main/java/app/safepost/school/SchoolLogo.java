package app.safepost.school;

/** A school's logo as stored: PNG or JPEG, for the header, and for PDFs and e-mails. */
public record SchoolLogo(String mediaType, byte[] bytes, String sha256) {}
