package app.safepost.school;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A class as SLT set it up: its name, year group, nickname and the staff who run it.
 *
 * @param classTeacher username of the class teacher, or {@code null} for none yet
 * @param assistants   usernames of the teaching assistants
 */
public record ClassDetails(
        @NotBlank(message = "Enter the class name, like Class 3.")
        @Size(max = 60, message = "The name can be at most 60 characters.")
        String name,

        @NotBlank(message = "Choose the year group.")
        @Pattern(regexp = "^(R|[1-6])$", message = "The year group is R (Reception) or 1 to 6.")
        String yearGroup,

        @Size(max = 60, message = "The nickname can be at most 60 characters.") @Nullable
        String nickname,

        @Nullable String classTeacher,
        Set<String> assistants) {

    public ClassDetails {
        assistants = assistants == null ? Set.of() : Set.copyOf(assistants);
    }
}
