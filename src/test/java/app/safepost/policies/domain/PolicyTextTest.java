package app.safepost.policies.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.policies.PolicyClause;
import app.safepost.policies.TrackedChange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PolicyTextTest {

    private static String demoPolicy() throws IOException {
        try (var in = PolicyTextTest.class.getResourceAsStream("/demo/jesse-gray-twitter-policy-2023.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void sections_split_at_headings_and_join_back_to_the_exact_text() throws IOException {
        var text = demoPolicy();
        var sections = PolicyText.sections(text);

        assertThat(sections)
                .extracting(PolicyText.Section::title)
                .contains(
                        "Rationale",
                        "Twitter followers",
                        "Using images in Tweets",
                        "Inappropriate content and referencing");
        assertThat(String.join(
                        "", sections.stream().map(PolicyText.Section::text).toList()))
                .isEqualTo(text);
    }

    @Test
    void replacing_a_section_changes_only_that_section() throws IOException {
        var text = demoPolicy();
        var sections = PolicyText.sections(text);
        int rationale =
                sections.stream().map(PolicyText.Section::title).toList().indexOf("Rationale");

        var changed = PolicyText.replaceSection(text, rationale, "### Rationale\n\nA shorter rationale.");

        var after = PolicyText.sections(changed);
        assertThat(after).hasSameSizeAs(sections);
        assertThat(after.get(rationale).text()).isEqualTo("### Rationale\n\nA shorter rationale.\n");
        assertThat(after.get(rationale + 1)).isEqualTo(sections.get(rationale + 1));
    }

    @Test
    void the_signed_text_says_what_its_sign_off_says_and_nothing_else_changes() throws IOException {
        var draft = demoPolicy();

        var signed = PolicyText.asSigned(
                draft, "Helen Okoro", java.time.LocalDate.of(2026, 12, 4), java.time.LocalDate.of(2027, 12, 4));

        assertThat(signed)
                .contains("Head Teacher Signature:\tHelen Okoro (signed in the portal)\n")
                .contains("Date Adopted:\t4 Dec 2026\n")
                .contains("Review Date:\t4 Dec 2027\n")
                .doesNotContain("January 2024");
        assertThat(signed.lines().count()).isEqualTo(draft.lines().count());
        assertThat(signed.replace("Helen Okoro (signed in the portal)", "")
                        .replace("4 Dec 2026", "")
                        .replace("4 Dec 2027", ""))
                .isEqualTo(draft.replace("January 2024", ""));
    }

    @Test
    void sign_off_lines_in_bold_keep_their_markdown_and_a_text_without_them_is_signed_as_it_is() {
        var bold = "# Policy\n\n**Review Date:** September 2025\n\nText.\n";

        assertThat(PolicyText.asSigned(
                        bold, "Helen Okoro", java.time.LocalDate.of(2026, 12, 4), java.time.LocalDate.of(2027, 11, 30)))
                .isEqualTo("# Policy\n\n**Review Date:** 30 Nov 2027\n\nText.\n");
        assertThat(PolicyText.asSigned(
                        "# Policy\n\nNo dates here.\n",
                        "Helen Okoro",
                        java.time.LocalDate.of(2026, 12, 4),
                        java.time.LocalDate.of(2027, 12, 4)))
                .isEqualTo("# Policy\n\nNo dates here.\n");
    }

    @Test
    void the_sha256_is_of_the_exact_utf8_text() {
        assertThat(PolicyText.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(PolicyText.sha256("Policy\n")).isNotEqualTo(PolicyText.sha256("Policy\r\n"));
    }

    @Test
    void tracked_changes_show_the_changed_clause_only() throws IOException {
        var adopted = demoPolicy();
        var draft = adopted.replace(
                "Under no circumstances should staff members follow parents or students.",
                "Under no circumstances should staff members follow parents or pupils, past or present.");

        var changes = PolicyText.trackedChanges(adopted, draft);

        assertThat(changes)
                .filteredOn(c -> c.kind() != TrackedChange.Kind.UNCHANGED)
                .containsExactly(
                        new TrackedChange(
                                TrackedChange.Kind.REMOVED,
                                "Under no circumstances should staff members follow parents or students."),
                        new TrackedChange(
                                TrackedChange.Kind.ADDED,
                                "Under no circumstances should staff members follow parents or pupils, past or present."));
        assertThat(changes)
                .filteredOn(c -> c.kind() == TrackedChange.Kind.UNCHANGED)
                .hasSize(PolicyText.clauses(adopted).size() - 1);
    }

    @Test
    void a_changed_sentence_names_the_clauses_and_settings_it_affects() throws IOException {
        var adopted = demoPolicy();
        var draft = adopted.replace(
                "Photos will only be taken on school iPads.",
                "Photos will only be taken on school iPads or school cameras.");

        var affected = PolicyClauses.affectedBy(PolicyText.trackedChanges(adopted, draft));

        assertThat(affected).extracting(PolicyClause::id).containsExactly("P3");
        assertThat(affected.getFirst().route()).isEqualTo("devices");
    }

    @Test
    void every_clause_p1_to_p17_is_found_in_the_school_policy() throws IOException {
        assertThat(PolicyClauses.in(demoPolicy()))
                .extracting(PolicyClause::id)
                .containsExactly(
                        "P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10", "P11", "P12", "P13", "P14", "P15",
                        "P16", "P17");
    }

    @Test
    void an_unchanged_draft_has_no_changes() throws IOException {
        var text = demoPolicy();
        assertThat(PolicyText.trackedChanges(text, text)).allMatch(c -> c.kind() == TrackedChange.Kind.UNCHANGED);
    }
}
