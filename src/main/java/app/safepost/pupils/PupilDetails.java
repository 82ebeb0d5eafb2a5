package app.safepost.pupils;

import app.safepost.school.ClassId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A pupil as the office types them in by hand. The same rules as the roster import: names at most
 * 60 characters and never starting like a spreadsheet formula.
 */
public record PupilDetails(
        @NotBlank(message = "Enter the unique pupil number.")
        @Pattern(
                regexp = "^$|^[A-Z][0-9]{11}[0-9A-Z]$",
                message = "A UPN is a capital letter, 11 digits and a digit or capital letter, like J820300124001.")
        String upn,

        @NotBlank(message = "Enter the first name.")
        @Size(max = 60, message = "The first name can be at most 60 characters.")
        @Pattern(regexp = PupilNameRules.SAFE_START, message = PupilNameRules.UNSAFE_START_MESSAGE)
        String firstName,

        @NotBlank(message = "Enter the surname.")
        @Size(max = 60, message = "The surname can be at most 60 characters.")
        @Pattern(regexp = PupilNameRules.SAFE_START, message = PupilNameRules.UNSAFE_START_MESSAGE)
        String surname,

        @Size(max = 60, message = "The preferred name can be at most 60 characters.")
        @Pattern(regexp = PupilNameRules.SAFE_START, message = PupilNameRules.UNSAFE_START_MESSAGE)
        @Nullable
        String preferredName,

        @NotNull(message = "Choose the pupil's class.") ClassId classId) {}
