package app.safepost.school;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The school's profile as shown and edited on the profile screen.
 *
 * @param version the version the editor started from; a stale one is refused
 */
public record SchoolProfile(
        @NotBlank(message = "Enter the school's name.")
        @Size(max = 120, message = "The name can be at most 120 characters.")
        String name,

        @NotBlank(message = "Enter a contact e-mail address.")
        @Email(message = "Enter an e-mail address like office@school.example.")
        @Size(max = 254, message = "The e-mail address can be at most 254 characters.")
        String contactEmail,

        @Pattern(
                regexp = "^$|^\\+?[0-9 ()-]{6,25}$",
                message = "Enter a phone number using digits, spaces and + ( ) - only.")
        String contactPhone,

        @Size(max = 300, message = "The address can be at most 300 characters.")
        String address,

        @NotBlank(message = "Enter the whole-school account's handle.")
        @Pattern(
                regexp = "^@[A-Za-z0-9_]{1,50}$",
                message = "A handle starts with @ and has only letters, digits and underscores.")
        String wholeSchoolHandle,

        long version) {}
