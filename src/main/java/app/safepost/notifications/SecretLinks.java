package app.safepost.notifications;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Makes a link that must not be stored, such as a single-use token a parent opens a form with. An
 * e-mail's body carries {@link #placeholder} instead; the outbox asks the module that owns the kind
 * for the link only as it sends the e-mail, so the link exists in the e-mail alone. A retried e-mail
 * gets a new link.
 */
public interface SecretLinks {

    Pattern PLACEHOLDER = Pattern.compile("\\{\\{secret-link:([a-z-]+):([A-Za-z0-9-]+)}}");

    /** The kind of link this module makes, as the placeholder names it. */
    String kind();

    /**
     * The portal path (without a leading slash) for this reference, made now; empty when no link can be
     * made any more (the request was withdrawn), and the e-mail then says so instead.
     */
    Optional<String> mint(String reference);

    /** What an e-mail body holds where the link will be. */
    static String placeholder(String kind, String reference) {
        return "{{secret-link:" + kind + ":" + reference + "}}";
    }
}
