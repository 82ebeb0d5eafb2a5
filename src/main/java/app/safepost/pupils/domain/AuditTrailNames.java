package app.safepost.pupils.domain;

import app.safepost.audit.NamesInFreeText;
import app.safepost.pupils.PupilNameMask;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Pupils' names inside the audit trail's text, masked for readers who may not read them (governors). */
@Component
class AuditTrailNames implements NamesInFreeText {

    private final PupilNameMask names;

    AuditTrailNames(PupilNameMask names) {
        this.names = names;
    }

    @Override
    public UnaryOperator<@Nullable String> forCurrentReader() {
        return names.forReader()::mask;
    }
}
