package app.safepost.drafting.ui;

import app.safepost.drafting.DraftContent;
import app.safepost.pupils.ClassPupil;
import app.safepost.pupils.PupilId;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The fields each attached photo has in the editor: its alt text and who is in it. */
final class DraftPhotoFields {

    private DraftPhotoFields() {}

    static TextField altText(int number, String altText, boolean editable, Runnable changed) {
        var alt = new TextField("Alt text for photo " + number);
        alt.setHelperText("What the photo shows, for people who cannot see it. First names or initials only.");
        alt.setValue(altText);
        alt.setWidthFull();
        alt.setMaxLength(1000);
        alt.setReadOnly(!editable);
        alt.addValueChangeListener(e -> changed.run());
        return alt;
    }

    static MultiSelectComboBox<ClassPupil> pupils(
            int number, List<PupilId> shown, List<ClassPupil> choices, boolean editable, Runnable changed) {
        var pupils = new MultiSelectComboBox<ClassPupil>("Who is in photo " + number);
        pupils.setItems(choices);
        pupils.setItemLabelGenerator(DraftPhotoFields::label);
        var byId = choices.stream().collect(Collectors.toMap(ClassPupil::id, p -> p));
        pupils.select(shown.stream().map(byId::get).filter(Objects::nonNull).toList());
        pupils.setWidthFull();
        pupils.setReadOnly(!editable);
        pupils.setHelperText("Pupils without photo consent must be covered: use Cover faces.");
        pupils.addValueChangeListener(e -> changed.run());
        return pupils;
    }

    static String label(ClassPupil pupil) {
        return pupil.shownAs()
                + (pupil.neverPublish()
                        ? " – may not appear in any post"
                        : pupil.imageConsent() ? "" : " – no photo consent");
    }

    /** What a face's choice shows for who it was said to be: a pupil's label, an adult, or not a face. */
    static @Nullable String faceChoice(
            @Nullable String assignment, List<ClassPupil> pupils, Map<PupilId, String> upns) {
        if (assignment == null) {
            return null;
        }
        if (assignment.equals(DraftContent.ADULT)) {
            return PhotoFacesSection.ADULT;
        }
        if (assignment.equals(DraftContent.NOT_A_FACE)) {
            return PhotoFacesSection.NOT_A_FACE;
        }
        return pupils.stream()
                .filter(p -> assignment.equals(upns.get(p.id())))
                .map(DraftPhotoFields::label)
                .findFirst()
                .orElse(null);
    }
}
