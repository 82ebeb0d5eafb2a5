package app.safepost.audit;

/** A written export: its file name, content type and bytes. */
public record ExportFile(String fileName, String contentType, byte[] content) {}
