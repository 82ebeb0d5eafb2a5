package app.safepost.accounts;

import app.safepost.school.ClassId;
import org.jspecify.annotations.Nullable;

/**
 * One social-media account as other modules and the screens see it.
 *
 * @param owningClass the class a class account belongs to; null for the whole-school account
 * @param className   that class's name; null for the whole-school account
 */
public record AccountSummary(AccountId id, String handle, Platform platform, AccountKind kind,
                             @Nullable ClassId owningClass, @Nullable String className, boolean active) {

    public boolean isWholeSchool() {
        return kind == AccountKind.WHOLE_SCHOOL;
    }
}
