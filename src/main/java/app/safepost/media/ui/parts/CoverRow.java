package app.safepost.media.ui.parts;

import app.safepost.media.CoverStyle;
import app.safepost.media.PhotoCover;
import app.safepost.media.ui.parts.CoverEditorDialog.PupilChoice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** One cover's fields: position and size in pixels, style, emoji, and whose face. */
final class CoverRow extends Div {

    static final String PIXELATE = "Pixelate";
    static final String EMOJI = "Emoji sticker";

    final IntegerField x = pixels("X");
    final IntegerField y = pixels("Y");
    final IntegerField coverWidth = pixels("Width");
    final IntegerField coverHeight = pixels("Height");
    final Select<String> style = new Select<>();
    final Select<String> emoji = new Select<>();
    final ComboBox<PupilChoice> pupil = new ComboBox<>("Whose face");
    private final H3 title = new H3();
    private final Paragraph error = new Paragraph();

    /** A row for {@code cover}; {@code onChange} hears of every change of position or size. */
    CoverRow(int number, PhotoCover cover, List<PupilChoice> pupils, Runnable onChange, Consumer<CoverRow> onRemove) {
        addClassName("cover-row");
        number(number);
        x.setValue(cover.x());
        y.setValue(cover.y());
        coverWidth.setValue(cover.width());
        coverHeight.setValue(cover.height());
        style.setLabel("Cover with");
        style.setItems(PIXELATE, EMOJI);
        style.setValue(cover.style() == CoverStyle.EMOJI ? EMOJI : PIXELATE);
        emoji.setLabel("Emoji");
        emoji.setItems(PhotoCover.EMOJIS);
        emoji.setValue(cover.emoji() == null ? PhotoCover.EMOJIS.getFirst() : cover.emoji());
        emoji.setVisible(cover.style() == CoverStyle.EMOJI);
        style.addValueChangeListener(e -> emoji.setVisible(EMOJI.equals(e.getValue())));
        pupil.setItems(pupils);
        pupil.setItemLabelGenerator(p -> p.label() + (p.imageConsent() ? "" : " (no image consent)"));
        pupil.setClearButtonVisible(true);
        pupil.setPlaceholder("Not named");
        if (cover.pupil() != null) {
            pupils.stream()
                    .filter(p -> p.id().equals(cover.pupil()))
                    .findFirst()
                    .ifPresent(pupil::setValue);
        }
        for (var field : List.of(x, y, coverWidth, coverHeight)) {
            field.addValueChangeListener(e -> onChange.run());
        }
        var remove = new Button("Remove", e -> onRemove.accept(this));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.getElement().setAttribute("aria-label", "Remove " + title.getText());
        error.addClassName("cover-row-error");
        error.getElement().setAttribute("role", "alert");
        var position = new HorizontalLayout(x, y, coverWidth, coverHeight);
        position.setWrap(true);
        var kind = new HorizontalLayout(style, emoji, pupil, remove);
        kind.setWrap(true);
        kind.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, position, kind, error);
    }

    void number(int number) {
        title.setText("Cover " + number);
    }

    @Nullable
    PhotoCover cover() {
        if (x.getValue() == null
                || y.getValue() == null
                || coverWidth.getValue() == null
                || coverHeight.getValue() == null) {
            return null;
        }
        var who = pupil.getValue() == null ? null : pupil.getValue().id();
        return EMOJI.equals(style.getValue())
                ? PhotoCover.emoji(
                        x.getValue(),
                        y.getValue(),
                        coverWidth.getValue(),
                        coverHeight.getValue(),
                        emoji.getValue(),
                        who)
                : PhotoCover.pixelate(x.getValue(), y.getValue(), coverWidth.getValue(), coverHeight.getValue(), who);
    }

    boolean checkComplete() {
        boolean complete = true;
        for (var field : List.of(x, y, coverWidth, coverHeight)) {
            if (field.getValue() == null) {
                field.setErrorMessage("Enter a whole number of pixels.");
                field.setInvalid(true);
                complete = false;
            }
        }
        return complete;
    }

    void clearError() {
        error.setText("");
        for (var field : List.of(x, y, coverWidth, coverHeight)) {
            field.setInvalid(false);
        }
    }

    void showError(String message) {
        error.setText(message);
        for (var field : List.of(x, y, coverWidth, coverHeight)) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    String errorText() {
        return error.getText();
    }

    private static IntegerField pixels(String label) {
        var field = new IntegerField(label);
        field.setStepButtonsVisible(true);
        field.setSuffixComponent(new Span("px"));
        // Wide enough for four digits beside the step buttons and the unit.
        field.setWidth("11em");
        return field;
    }
}
