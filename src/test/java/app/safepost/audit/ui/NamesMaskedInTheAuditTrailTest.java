package app.safepost.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import app.safepost.audit.AuditEntry;
import app.safepost.audit.AuditExplorer;
import app.safepost.audit.AuditQuery;
import app.safepost.audit.FieldChange;
import app.safepost.audit.PersonalData;
import app.safepost.audit.RecordRevision;
import app.safepost.audit.domain.AuditedTypes;
import app.safepost.audit.domain.AuditedTypes.AuditedType;
import app.safepost.compliance.NameMask;
import app.safepost.testing.AuditedFreeText;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For every audited record type with free text, found from the code: a demo pupil's full name written
 * into each of its text fields never reaches a governor through the audit trail (the explorer's
 * changes and histories, its screen with word diffs, its CSV and its PDF), while SLT read it as written.
 */
class NamesMaskedInTheAuditTrailTest extends ScreenTest {

    /** The pupil's names as words, in any case. */
    static final Pattern PUPILS_NAME = Pattern.compile("(?i)(?<!\\p{L})(amelia|khan|kaur|jo kaur)(?!\\p{L})");

    @Autowired
    AuditExplorer explorer;

    @Autowired
    AuditedTypes types;

    @Autowired
    EntityManagerFactory factory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    private AuditedFreeText freeText() {
        return new AuditedFreeText(factory, types, jdbc, transaction);
    }

    @Test
    void every_audited_type_with_free_text_is_enumerated_and_only_a_classs_year_group_is_too_short_for_a_full_name() {
        var text = freeText();

        assertThat(text.typesWithText())
                .extracting(t -> t.type().name())
                .contains(
                        "draft",
                        "incident",
                        "incident-step",
                        "follow-exception",
                        "follower",
                        "follower-decision",
                        "review-comment",
                        "policy",
                        "pupil",
                        "image-consent",
                        "guidance",
                        "notice-record",
                        "outbound-email",
                        "publication");
        assertThat(text.tooShort())
                .extracting(f -> f.type().type().name() + "." + f.attribute())
                .containsExactly("class.yearGroup");
    }

    @TestFactory
    Stream<DynamicTest> governor_never_reads_a_pupils_name_in_the_audit_trail_of_any_record_with_free_text() {
        var text = freeText();
        return text.typesWithText().stream()
                .map(type -> dynamicTest(
                        "governor never reads a pupil's name in the history of a "
                                + type.type().name(),
                        () -> governorReadsNoName(text, type)));
    }

    /**
     * A draft's text as pasted from another app: the name in Cyrillic look-alike letters, again with a
     * zero-width space inside, and a surname that a right-to-left override shows as "Khan".
     */
    private static final String LOOK_ALIKE_TEXT =
            "Well done \u0410m\u0435l\u0456\u0430 \u041Ah\u0430n! Am\u200Belia \u202Enahk\u202C was star of the week";

    private static final String LOOK_ALIKE_MASKED = "Well done [name]! [name] was star of the week";

    @Test
    void governor_reads_a_draft_written_with_look_alike_letters_masked_in_the_audit_trail() {
        var text = freeText();
        var draft = text.typesWithText().stream()
                .filter(t -> t.type().name().equals("draft"))
                .findFirst()
                .orElseThrow();
        var body = text.fieldsOf(draft).stream()
                .filter(f -> f.attribute().equals("text"))
                .toList();
        signInAs("head");
        var planted = text.plant(draft, body, field -> LOOK_ALIKE_TEXT);
        var id = planted.id().toString();
        try {
            assertThat(changeOf(explorer.history("draft", id).getLast(), "text").after())
                    .as("SLT read it as written")
                    .isEqualTo(LOOK_ALIKE_TEXT);

            signInAs("governor");
            assertThat(changeOf(explorer.history("draft", id).getLast(), "text").after())
                    .isEqualTo(LOOK_ALIKE_MASKED);
            var csv = new String(
                    explorer.export(AuditQuery.ofRecord("draft", id), AuditExplorer.ExportFormat.CSV)
                            .content(),
                    StandardCharsets.UTF_8);
            assertThat(csv).contains(LOOK_ALIKE_MASKED);
            var pdf = pdfText(explorer.export(AuditQuery.ofRecord("draft", id), AuditExplorer.ExportFormat.PDF)
                    .content());
            var screen = onScreen("draft", id);
            for (var read : List.of(csv, pdf, screen)) {
                assertNoName(read, "draft's look-alike text");
                assertThat(read).doesNotContain("\u0410m\u0435l\u0456\u0430", "\u041Ah\u0430n", "nahk", "\u202E");
            }
        } finally {
            signInAs("head");
            text.undo(planted);
        }
    }

    /** A UPN in the demo school's format that no pupil has, so it can be written wherever a UPN goes. */
    private static final String UPN = "J820300199099";

    @TestFactory
    Stream<DynamicTest> governor_never_reads_a_pupils_upn_in_the_audit_trail() {
        var text = freeText();
        var withUpns = text.typesWithText().stream()
                .filter(type -> !upnFields(text, type).isEmpty())
                .toList();
        assertThat(withUpns)
                .extracting(t -> t.type().name())
                .contains("pupil", "draft-pupil", "consent-action", "publication");
        return withUpns.stream()
                .map(type -> dynamicTest(
                        "governor never reads a pupil's UPN in the history of a "
                                + type.type().name(),
                        () -> governorReadsNoUpn(text, type)));
    }

    private static List<AuditedFreeText.TextField> upnFields(AuditedFreeText text, AuditedType type) {
        return text.fieldsOf(type).stream()
                .filter(f -> f.attribute().toLowerCase(Locale.ROOT).contains("upn"))
                .toList();
    }

    private void governorReadsNoUpn(AuditedFreeText text, AuditedType type) {
        signInAs("head");
        var fields = upnFields(text, type);
        var planted = text.plant(type, fields, field -> UPN);
        var name = type.type().name();
        var id = planted.id().toString();
        try {
            var written = explorer.history(name, id).getLast();
            signInAs("governor");
            var read = explorer.history(name, id).getLast();
            for (var field : fields) {
                assertThat(changeOf(written, field.attribute()).after())
                        .as("SLT read it")
                        .isEqualTo(UPN);
                assertThat(changeOf(read, field.attribute()).after())
                        .as("%s.%s", name, field.attribute())
                        .isEqualTo(PersonalData.HIDDEN);
            }
            var csv = new String(
                    explorer.export(AuditQuery.ofRecord(name, id), AuditExplorer.ExportFormat.CSV)
                            .content(),
                    StandardCharsets.UTF_8);
            assertThat(csv).doesNotContain(UPN);
        } finally {
            signInAs("head");
            text.undo(planted);
        }
    }

    private void governorReadsNoName(AuditedFreeText text, AuditedType type) {
        signInAs("head");
        var planted = text.plant(type);
        var name = type.type().name();
        var id = planted.id().toString();
        var fields = text.fieldsOf(type);
        try {
            var written = explorer.history(name, id).getLast();
            for (var field : fields) {
                assertThat(changeOf(written, field.attribute()).after())
                        .as("SLT read %s.%s as written", name, field.attribute())
                        .isEqualTo(field.name());
            }

            signInAs("governor");
            var read = explorer.history(name, id);
            assertNoName(read.toString(), name + " history");
            for (var field : fields) {
                assertThat(changeOf(read.getLast(), field.attribute()).after())
                        .as("%s.%s", name, field.attribute())
                        .isIn(NameMask.MASK, PersonalData.HIDDEN);
            }
            // Records without an id column of their own (kept per account) are not listed, only their history.
            var listed =
                    explorer.entries(AuditQuery.ofRecord(name, id), null, 1).entries();
            for (var entry : listed) {
                assertNoName(explorer.changes(entry).orElseThrow().toString(), name + " changes");
            }
            var csv = new String(
                    explorer.export(AuditQuery.ofRecord(name, id), AuditExplorer.ExportFormat.CSV)
                            .content(),
                    StandardCharsets.UTF_8);
            assertNoName(csv, name + " CSV");
            assertNoName(
                    pdfText(explorer.export(AuditQuery.ofRecord(name, id), AuditExplorer.ExportFormat.PDF)
                            .content()),
                    name + " PDF");
            if (!listed.isEmpty()) {
                assertThat(csv).containsAnyOf(NameMask.MASK, PersonalData.HIDDEN);
                assertNoName(onScreen(name, id), name + " on screen");
            }
        } finally {
            signInAs("head");
            text.undo(planted);
        }
    }

    /** The audit trail screen filtered to the record, its newest change selected, as the governor reads it. */
    private String onScreen(String type, String id) {
        UI.getCurrent().navigate("audit", QueryParameters.fromString("type=" + type + "&record=" + id));
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> entries = (Grid<AuditEntry>) $(Grid.class).id("audit-entries");
        test(entries).select(0);
        var shown = $(Div.class).id("audit-changes").getElement().getTextRecursively();
        assertThat(shown).containsAnyOf(NameMask.MASK, PersonalData.HIDDEN);
        return shown;
    }

    static void assertNoName(String text, String where) {
        assertThat(PUPILS_NAME.matcher(text).find())
                .as("a pupil's name in the %s:%n%s", where, text)
                .isFalse();
    }

    static String pdfText(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FieldChange changeOf(RecordRevision revision, String field) {
        return revision.changes().stream()
                .filter(c -> c.field().equals(field))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no change of " + field + " in " + revision));
    }
}
