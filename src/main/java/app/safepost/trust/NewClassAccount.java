package app.safepost.trust;

import app.safepost.accounts.Platform;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A class of a new school with its class account (P4): the class is made with the school and owns the
 * account from the first day.
 *
 * @param handle as the platform shows it: {@code @Owls_Class} on X, {@code @owls.oakfield.example} on
 *               Bluesky, {@code @owls@oakfield.example} on Mastodon
 */
public record NewClassAccount(
        @NotBlank(message = "Enter the class name, like Class 3.")
        @Size(max = 60, message = "The class name can be at most 60 characters.")
        String className,

        @NotBlank(message = "Choose the year group.")
        @Pattern(regexp = "^$|^(R|[1-6])$", message = "The year group is R (Reception) or 1 to 6.")
        String yearGroup,

        @NotBlank(message = "Enter the class account's handle.")
        @Pattern(
                regexp = "^$|^@[A-Za-z0-9_][A-Za-z0-9_.-]{0,59}(@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+)?$",
                message = "A handle starts with @ and has letters, digits, underscores, dots or hyphens,"
                        + " like @Owls_Class.")
        String handle,

        @NotNull(message = "Choose the platform.") Platform platform) {}
