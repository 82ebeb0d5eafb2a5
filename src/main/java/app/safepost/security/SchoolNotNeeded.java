package app.safepost.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API endpoint that a caller in several schools may call without naming one in the
 * {@code Safepost-School} header (who am I, which schools do I work in). Every other endpoint is
 * about one school and answers 400 without it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SchoolNotNeeded {}
