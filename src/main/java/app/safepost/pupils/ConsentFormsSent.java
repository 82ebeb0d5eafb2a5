package app.safepost.pupils;

import java.util.List;

/**
 * What sending consent forms did.
 *
 * @param withoutAddress the pupils (first name and initials) whose parents have no e-mail address on the roster
 */
public record ConsentFormsSent(int pupils, int emails, List<String> withoutAddress) {

    public ConsentFormsSent {
        withoutAddress = List.copyOf(withoutAddress);
    }
}
