package app.safepost.audit;

import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Pupils' names inside the trail's free text (a draft's text, an incident's account, a comment), which
 * not every reader may see. The module that owns the roster implements it; the explorer, its exports,
 * the API and every record's history mask each text value with it, as {@link PersonalData} hides whole
 * fields.
 */
public interface NamesInFreeText {

    /**
     * How the signed-in person reads text: pupils' names masked, or the text unchanged for those who
     * may read them. Asked once for a whole history or export.
     */
    UnaryOperator<@Nullable String> forCurrentReader();
}
