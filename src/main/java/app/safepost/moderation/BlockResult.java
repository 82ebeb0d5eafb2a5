package app.safepost.moderation;

/** A platform's answer to a block, with a short explanation for the register. */
public record BlockResult(BlockOutcome outcome, String detail) {

    public BlockResult {
        detail = detail == null ? "" : detail.length() > 500 ? detail.substring(0, 500) : detail;
    }
}
