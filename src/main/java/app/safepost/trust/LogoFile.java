package app.safepost.trust;

import app.safepost.school.LogoImage;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A file that can be a school's logo ({@link LogoImage}); the message says what is wrong with it. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = LogoFile.Check.class)
public @interface LogoFile {

    String message() default "A logo must be a PNG or JPEG image.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** No logo is valid: the header shows the school's name alone until SLT give one. */
    class Check implements ConstraintValidator<LogoFile, byte[]> {

        @Override
        public boolean isValid(byte[] logo, ConstraintValidatorContext context) {
            if (logo == null) {
                return true;
            }
            try {
                LogoImage.check(logo);
                return true;
            } catch (LogoImage.Refused refused) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(
                                refused.getMessage().replace("{", "\\{").replace("$", "\\$"))
                        .addConstraintViolation();
                return false;
            }
        }
    }
}
