package app.safepost.common;

import java.util.Map;

/**
 * A request the rules refuse, with a message for each field at fault (keyed by the request
 * record's component name), so a screen shows each message next to its field. Every module's
 * refusal with such messages has this one shape; nothing is saved when it is thrown.
 */
public interface FieldRefusal {

    /** Field name to message. */
    Map<String, String> errors();

    /** All the messages in one sentence, for a log or a caller that has no fields. */
    String getMessage();
}
