package app.safepost.trust;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.Locale;

/**
 * A new school's class accounts each have a class and a handle of their own, none of them the
 * whole-school account's: the second of two is refused at its own row's field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ClassAccountsApart.Check.class)
public @interface ClassAccountsApart {

    String message() default "Each class and each handle can be given once.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ClassAccountsApart, NewSchool> {

        @Override
        public boolean isValid(NewSchool school, ConstraintValidatorContext context) {
            var handles = new HashSet<String>();
            var classes = new HashSet<String>();
            if (school.wholeSchoolHandle() != null) {
                handles.add(key(school.wholeSchoolHandle()));
            }
            var valid = true;
            context.disableDefaultConstraintViolation();
            for (int i = 0; i < school.classAccounts().size(); i++) {
                var account = school.classAccounts().get(i);
                if (account.handle() != null && !account.handle().isBlank() && !handles.add(key(account.handle()))) {
                    valid = refuse(context, i, "handle", "This handle is given above already.");
                }
                if (account.className() != null
                        && !account.className().isBlank()
                        && !classes.add(key(account.className()))) {
                    valid = refuse(context, i, "className", "This class is given above already.");
                }
            }
            return valid;
        }

        private static String key(String text) {
            return text.strip().toLowerCase(Locale.ROOT);
        }

        private static boolean refuse(ConstraintValidatorContext context, int row, String field, String message) {
            context.buildConstraintViolationWithTemplate(message)
                    .addPropertyNode("classAccounts")
                    .addPropertyNode(field)
                    .inIterable()
                    .atIndex(row)
                    .addConstraintViolation();
            return false;
        }
    }
}
