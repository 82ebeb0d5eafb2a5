package app.safepost.audit;

import java.util.Collection;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Pupils' names inside free text (a draft's text, an incident's account, a comment, a notice), which
 * not every reader may see. The module that owns the roster implements it; the explorer, its exports,
 * the API and every record's history mask each text value with it, as {@link PersonalData} hides whole
 * fields, and notices are masked with it for each recipient (modules below the roster's use it so).
 */
public interface NamesInFreeText {

    /**
     * How the signed-in person reads text: pupils' names masked, or the text unchanged for those who
     * may read them. Asked once for a whole history or export.
     */
    UnaryOperator<@Nullable String> forCurrentReader();

    /** How someone holding these roles (a notice's recipient) reads text. */
    UnaryOperator<@Nullable String> forRoles(Collection<String> roles);
}
