package app.safepost.pupils;

/**
 * A consent purpose as screens and other modules see it.
 *
 * @param code        the stable key: roster columns {@code consent_<code>}, the API, accounts' purposes
 * @param name        what staff read ("The class's social-media account")
 * @param explanation what parents read on the consent form, in plain words
 * @param socialMedia a purpose of the social-media accounts, set by the roster's single image_consent column
 */
public record PurposeSummary(
        String code, String name, String explanation, boolean socialMedia, boolean retired, long version) {}
