package app.safepost.trust;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A school the trust adds: its name, URN (the key of the {@code schools} claim in the trust's single
 * sign-on), the office's e-mail, its whole-school account, its social-media policy, its logo and its
 * classes with their class accounts.
 *
 * @param ownPolicyText the school's own policy text (Markdown); {@code null} to copy the trust's template
 *                      with the school's name in it
 * @param logo          the school's logo (PNG or JPEG), or {@code null} for none yet
 * @param classAccounts the classes made with the school, each with its class account
 */
@ClassAccountsApart
public record NewSchool(
        @NotBlank(message = "Enter the school's name.")
        @Size(max = 120, message = "The name can be at most 120 characters.")
        String name,

        @NotBlank(message = "Enter the school's URN.")
        @Pattern(regexp = "^$|^[0-9]{6}$", message = "A URN is six digits, like 990003.")
        @UnusedUrn
        String urn,

        @NotBlank(message = "Enter a contact e-mail address.")
        @Email(message = "Enter an e-mail address like office@school.example.")
        @Size(max = 254, message = "The e-mail address can be at most 254 characters.")
        String contactEmail,

        @NotBlank(message = "Enter the whole-school account's handle.")
        @Pattern(
                regexp = "^$|^@[A-Za-z0-9_]{1,50}$",
                message = "A handle starts with @ and has only letters, digits and underscores.")
        String wholeSchoolHandle,

        @Pattern(regexp = "(?s).*\\S.*", message = "Paste the school's own policy, or copy the trust's template.")
        @Size(max = 100_000, message = "The policy can be at most 100,000 characters.")
        @Nullable
        String ownPolicyText,

        @LogoFile byte @Nullable [] logo,

        @Size(max = 60, message = "A school can be given at most 60 class accounts here.")
        List<@Valid NewClassAccount> classAccounts) {

    public NewSchool {
        classAccounts = classAccounts == null ? List.of() : List.copyOf(classAccounts);
    }

    /** A school with no logo and no class accounts yet. */
    public NewSchool(
            String name, String urn, String contactEmail, String wholeSchoolHandle, @Nullable String ownPolicyText) {
        this(name, urn, contactEmail, wholeSchoolHandle, ownPolicyText, null, List.of());
    }
}
