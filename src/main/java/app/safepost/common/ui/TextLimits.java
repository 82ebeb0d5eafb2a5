package app.safepost.common.ui;

import com.vaadin.flow.component.Component;

/**
 * The one way a screen's text field, text area or e-mail field gets its maximum length: the same
 * {@code maxlength} property their own {@code setMaxLength} sets, for any of them, in the expression
 * that makes the field. The browser then stops typing at the limit; the service behind the screen
 * refuses longer text anyway, with its own message.
 */
public final class TextLimits {

    private TextLimits() {}

    /** The field, taking at most {@code max} characters. */
    public static <T extends Component> T atMost(int max, T field) {
        field.getElement().setProperty("maxlength", max);
        return field;
    }
}
