package app.safepost.audit;

/**
 * A field's change in words, as screens and exports show it: "Photo consent: yes → no".
 *
 * @param field  the field's name, as the API names it
 * @param label  the field in words
 * @param before the value before, in words ("(empty)" for none)
 * @param after  the value after, in words
 */
public record ReadableChange(String field, String label, String before, String after) {}
