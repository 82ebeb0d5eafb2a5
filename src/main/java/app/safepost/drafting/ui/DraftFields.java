package app.safepost.drafting.ui;

import app.safepost.accounts.AccountSummary;
import app.safepost.common.SchoolTime;
import app.safepost.common.ui.SchoolTimeFields;
import app.safepost.compliance.PostLength;
import app.safepost.drafting.DraftContent;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Instant;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** The editor's own fields, set up as the checks and the browser tests expect them. */
final class DraftFields {

    private static final String TOO_LONG =
            "A post can be at most " + DraftContent.MAX_TEXT + " characters long; no platform takes more than 500.";

    private DraftFields() {}

    static Select<AccountSummary> account() {
        var account = new Select<AccountSummary>();
        account.setLabel("Account");
        account.setItemLabelGenerator(
                a -> a.handle() + (a.className() == null ? " (whole school)" : " (" + a.className() + ")"));
        account.setId("account");
        account.setMinWidth("20em");
        return account;
    }

    /** The text is checked once typing pauses for {@code checkDelayMs}. */
    static TextArea text(int checkDelayMs) {
        var text = new TextArea("Post");
        text.setId("post-text");
        text.setWidthFull();
        text.setMinHeight("10em");
        text.setValueChangeMode(ValueChangeMode.TIMEOUT);
        text.setValueChangeTimeout(checkDelayMs);
        text.setMaxLength(DraftContent.MAX_TEXT);
        text.setManualValidation(true);
        return text;
    }

    static DateTimePicker meantFor() {
        var meantFor = SchoolTimeFields.dateTime("Meant to go out (optional)");
        meantFor.setId("meant-for");
        meantFor.setWidthFull();
        meantFor.setMaxWidth("30rem");
        meantFor.setHelperText("When you would like it to go out. SLT see it on the calendar and start from it when"
                + " they approve it.");
        return meantFor;
    }

    static void showLength(TextArea text, PostLength length) {
        text.setHelperText(
                length.used() + " of " + length.limit() + " characters" + (length.over() ? " – too long" : ""));
    }

    /** Only a tampered browser sends more than the field's maximum; say so next to it instead of checking it. */
    static boolean withinMaximum(TextArea text) {
        if (text.getValue().length() > DraftContent.MAX_TEXT) {
            text.setInvalid(true);
            text.setErrorMessage(TOO_LONG);
            return false;
        }
        if (text.isInvalid() && TOO_LONG.equals(text.getErrorMessage())) {
            text.setInvalid(false);
        }
        return true;
    }

    static @Nullable Instant meantFor(DateTimePicker field) {
        return field.getValue() == null
                ? null
                : field.getValue().atZone(SchoolTime.ZONE).toInstant();
    }

    static void meantFor(DateTimePicker field, @Nullable Instant shown) {
        field.setValue(shown == null ? null : LocalDateTime.ofInstant(shown, SchoolTime.ZONE));
    }
}
