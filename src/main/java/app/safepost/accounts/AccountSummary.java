package app.safepost.accounts;

import app.safepost.school.ClassId;
import org.jspecify.annotations.Nullable;

/**
 * One social-media account as other modules and the screens see it.
 *
 * @param owningClass the class a class account belongs to; null for the whole-school account
 * @param className   that class's name; null for the whole-school account
 * @param purpose     the code of the consent purpose its photos need (P14): class accounts
 *                    class-social, whole-school accounts school-social, unless SLT chose another
 */
public record AccountSummary(
        AccountId id,
        String handle,
        Platform platform,
        AccountKind kind,
        @Nullable ClassId owningClass,
        @Nullable String className,
        boolean active,
        String purpose) {

    /** An account that needs the purpose its kind usually needs. */
    public AccountSummary(
            AccountId id,
            String handle,
            Platform platform,
            AccountKind kind,
            @Nullable ClassId owningClass,
            @Nullable String className,
            boolean active) {
        this(id, handle, platform, kind, owningClass, className, active, kind.usualPurpose());
    }

    public boolean isWholeSchool() {
        return kind == AccountKind.WHOLE_SCHOOL;
    }
}
