package app.safepost.pupils;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a parent submits on the consent form.
 *
 * @param answers                yes (true) or no (false) per purpose code; a purpose left unanswered is absent
 * @param parentalResponsibility the parent states they hold parental responsibility for the child
 */
public record ConsentFormAnswers(
        Map<String, Boolean> answers, @Nullable String parentName, boolean parentalResponsibility) {

    public static final int MAX_NAME = 120;

    public ConsentFormAnswers {
        answers = Map.copyOf(answers);
    }
}
