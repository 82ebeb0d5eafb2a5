package app.safepost.trust;

import app.safepost.school.Schools;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A URN no school of the portal has yet: one school per URN, as in the government's register. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = UnusedUrn.Check.class)
public @interface UnusedUrn {

    String message() default "A school with this URN is already in the trust.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Asks the portal's schools; a URN that is blank or malformed is left to the other constraints. */
    class Check implements ConstraintValidator<UnusedUrn, String> {

        private final Schools schools;

        Check(Schools schools) {
            this.schools = schools;
        }

        @Override
        public boolean isValid(String urn, ConstraintValidatorContext context) {
            if (urn == null || !urn.matches("[0-9]{6}")) {
                return true;
            }
            return schools.all().stream().noneMatch(school -> urn.equals(school.urn()));
        }
    }
}
