package app.safepost.policies;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.media.TestPhotos;
import app.safepost.school.SchoolProfileService;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.util.ArrayList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A policy's PDF is in the name of the school whose policy it is, and names no other school. */
@SafepostTest
class PolicyPdfTest {

    /** The title of each demo school's social-media policy. */
    private static final String DEMO_POLICY = "Social media (Twitter) policy";

    @Autowired
    PolicyLibrary library;

    @Autowired
    SchoolProfileService profile;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @AfterEach
    void signOut() {
        SignedIn.as(demoUsers, "fr-head");
        profile.removeLogo();
        SignedIn.nobody();
    }

    @Test
    void a_schools_pdf_starts_with_its_own_logo_and_name() throws Exception {
        SignedIn.as(demoUsers, "fr-head");
        profile.setLogo(TestPhotos.png(TestPhotos.quadrants(160, 80)));
        var policy = library.policyTitled(DEMO_POLICY).orElseThrow().id();

        try (var pdf = Loader.loadPDF(library.pdf(policy, 1))) {
            var firstPage = pdf.getPage(0);
            var images = new ArrayList<PDImageXObject>();
            for (var name : firstPage.getResources().getXObjectNames()) {
                if (firstPage.getResources().getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertThat(images).singleElement().satisfies(logo -> {
                assertThat(logo.getWidth()).isEqualTo(160);
                assertThat(logo.getHeight()).isEqualTo(80);
            });
            assertThat(topDown(pdf)).startsWith("Fenwick Road Primary School");
        }
        SignedIn.as(demoUsers, DemoUsers.HEAD);
        try (var pdf = Loader.loadPDF(
                library.pdf(library.policyTitled(DEMO_POLICY).orElseThrow().id(), 1))) {
            assertThat(pdf.getPage(0).getResources().getXObjectNames())
                    .as("Jesse Gray has no logo")
                    .isEmpty();
            assertThat(topDown(pdf)).startsWith("Jesse Gray Primary School");
        }
    }

    @Test
    void fenwick_roads_policy_pdf_carries_fenwick_roads_name_and_not_jesse_grays() throws Exception {
        SignedIn.as(demoUsers, "fr-head");
        var policy = library.policyTitled(DEMO_POLICY).orElseThrow().id();

        try (var pdf = Loader.loadPDF(library.pdf(policy, 1))) {
            assertThat(pdf.getDocumentInformation().getSubject()).isEqualTo("Policy of Fenwick Road Primary School");
            assertThat(everything(pdf))
                    .contains("Fenwick Road Primary School")
                    .doesNotContainIgnoringCase("Jesse Gray")
                    .doesNotContainIgnoringCase("JesseGray");
        }
    }

    @Test
    void jesse_grays_policy_pdf_carries_jesse_grays_name() throws Exception {
        SignedIn.as(demoUsers, DemoUsers.HEAD);
        var policy = library.policyTitled(DEMO_POLICY).orElseThrow().id();

        try (var pdf = Loader.loadPDF(library.pdf(policy, 1))) {
            assertThat(pdf.getDocumentInformation().getSubject()).isEqualTo("Policy of Jesse Gray Primary School");
            assertThat(everything(pdf)).doesNotContainIgnoringCase("Fenwick Road");
        }
    }

    /** The first page's text from the top down (the footer is written first, but printed last). */
    private static String topDown(PDDocument pdf) throws Exception {
        var stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setEndPage(1);
        return stripper.getText(pdf);
    }

    /** The document's title and subject and every page's text. */
    static String everything(PDDocument pdf) throws Exception {
        var info = pdf.getDocumentInformation();
        return info.getTitle() + "\n" + info.getSubject() + "\n" + new PDFTextStripper().getText(pdf);
    }
}
