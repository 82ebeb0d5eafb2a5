package app.safepost.pupils;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the public consent page shows for a token: the form (the school's name, the child's first
 * name and nothing else about them, the purposes), what was recorded, or why the link does not work.
 */
public sealed interface ConsentFormPage {

    /** The form to answer. */
    record Open(String schoolName, String firstName, List<PurposeSummary> purposes) implements ConsentFormPage {

        public Open {
            purposes = List.copyOf(purposes);
        }
    }

    /** The answers were recorded; the page shows them and a confirmation e-mail goes to the address. */
    record Recorded(String schoolName, String firstName, String parentName, List<Answer> answers)
            implements ConsentFormPage {

        public Recorded {
            answers = List.copyOf(answers);
        }
    }

    /** One recorded answer, by the purpose's name. */
    record Answer(
            String purposeName, boolean consent, @Nullable LocalDate expiresOn) {}

    /** The link cannot be used; the page says why in plain words and nothing more. */
    record Closed(Reason reason) implements ConsentFormPage {}

    enum Reason {
        /** No such link (mistyped, or never sent). */
        NOT_FOUND,
        /** The form was already answered with this link. */
        USED,
        /** More than 30 days since it was sent. */
        EXPIRED,
        /** Too many attempts from this address or with this link for now. */
        TOO_MANY_ATTEMPTS
    }
}
