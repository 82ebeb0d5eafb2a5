package app.safepost.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Every text column of every entity (and its audit history) is stored without NUL characters:
 * PostgreSQL cannot hold them in text, and would otherwise refuse the whole change with an error
 * instead of saving what someone typed. A NUL has no meaning in a name or a post, so it is dropped.
 */
@Converter(autoApply = true)
public class NulFreeText implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String text) {
        return strip(text);
    }

    @Override
    public String convertToEntityAttribute(String column) {
        return column;
    }

    /** The text without NUL characters (null stays null). */
    public static String strip(String text) {
        return text == null || text.indexOf('\u0000') < 0 ? text : text.replace("\u0000", "");
    }
}
