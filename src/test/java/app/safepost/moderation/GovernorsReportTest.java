package app.safepost.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.accounts.SocialAccounts;
import app.safepost.common.SchoolTime;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The governors' termly report: figures, charts and the PDF. */
@SafepostTest
class GovernorsReportTest {

    @Autowired
    GovernorsReport reports;

    @Autowired
    Incidents incidents;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void the_report_counts_this_terms_incidents_by_category_and_account_and_the_pdf_shows_the_charts()
            throws Exception {
        SignedIn.as(demoUsers, "teacher");
        var account =
                accounts.accountWithHandle("@JesseGrayPrimary").orElseThrow().id();
        var reported = incidents.report(new IncidentReport(
                account,
                IncidentCategory.COPYRIGHT_INFRINGEMENT,
                "Our photo reposted without credit",
                null,
                null,
                false));
        SignedIn.as(demoUsers, "deputy");
        incidents.act(reported.id(), IncidentAction.of(StepKind.CONTENT_DELETED, "Asked them to take it down"));
        incidents.close(reported.id(), "Taken down.");

        SignedIn.as(demoUsers, "governor");
        var term = SchoolTerm.containing(LocalDate.now(SchoolTime.ZONE));
        var report = reports.forTerm(term);

        assertThat(report.byCategory().get(IncidentCategory.COPYRIGHT_INFRINGEMENT))
                .isPositive();
        assertThat(report.byAccount()).containsKey("@JesseGrayPrimary");
        assertThat(report.medianToFirstAction()).isNotNull();
        assertThat(report.medianToClose()).isNotNull();
        assertThat(reports.categoryChartSvg(report)).startsWith("<svg").contains("Copyright infringement");

        try (var pdf = Loader.loadPDF(reports.pdf(report))) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Moderation report: " + term.name())
                    .contains("Copyright infringement")
                    .contains("Median time to first action");
            var images = new ArrayList<PDImageXObject>();
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        images.add(image);
                    }
                }
            }
            assertThat(images)
                    .hasSize(2)
                    .allSatisfy(image -> assertThat(image.getWidth()).isGreaterThan(700));
        }
    }

    @Test
    void fenwick_roads_report_pdf_carries_fenwick_roads_name_and_jesse_grays_its_own() throws Exception {
        var term = SchoolTerm.containing(LocalDate.now(SchoolTime.ZONE));
        SignedIn.as(demoUsers, "fr-governor");

        try (var pdf = Loader.loadPDF(reports.pdf(reports.forTerm(term)))) {
            var info = pdf.getDocumentInformation();
            assertThat(info.getSubject()).isEqualTo("Governors' termly report, Fenwick Road Primary School");
            assertThat(info.getTitle() + "\n" + new PDFTextStripper().getText(pdf))
                    .doesNotContainIgnoringCase("Jesse Gray")
                    .doesNotContainIgnoringCase("JesseGray");
        }

        SignedIn.as(demoUsers, DemoUsers.GOVERNOR);
        try (var pdf = Loader.loadPDF(reports.pdf(reports.forTerm(term)))) {
            assertThat(pdf.getDocumentInformation().getSubject())
                    .isEqualTo("Governors' termly report, Jesse Gray Primary School");
        }
    }

    @Test
    void teachers_do_not_get_the_report() {
        SignedIn.as(demoUsers, "teacher");

        assertThatThrownBy(() -> reports.forTerm(SchoolTerm.containing(LocalDate.now())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void terms_cover_every_day_once_and_durations_read_in_words() {
        assertThat(SchoolTerm.containing(LocalDate.of(2026, 11, 25)).name()).isEqualTo("Autumn term 2026");
        assertThat(SchoolTerm.containing(LocalDate.of(2026, 1, 1)).previous().name())
                .isEqualTo("Autumn term 2025");
        assertThat(SchoolTerm.containing(LocalDate.of(2026, 8, 31)).name()).isEqualTo("Summer term 2026");
        assertThat(TermReport.inWords(Duration.ofMinutes(200))).isEqualTo("3 h 20 min");
        assertThat(TermReport.inWords(Duration.ofHours(52))).isEqualTo("2 days 4 h");
        assertThat(GovernorsReport.median(List.of(Duration.ofHours(1), Duration.ofHours(3))))
                .isEqualTo(Duration.ofHours(2));
    }
}
