package app.safepost.pupils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import app.safepost.notifications.domain.MailServerOutbox;
import app.safepost.notifications.domain.OutboundEmailRepository;
import app.safepost.notifications.domain.Outbox;
import app.safepost.notifications.domain.SchoolLetterhead;
import app.safepost.pupils.domain.ConsentFormTokens;
import app.safepost.school.SchoolDirectory;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Parents answer the consent form online, through a real mail server (GreenMail): the office sends it,
 * each address gets a single-use link stored only as its hash, the parent's answers are recorded with
 * their name and the audit trail names the online form, the link then refuses a second use, and the
 * confirmation's "change my answers" link is a new single-use one.
 */
@SafepostTest
class ConsentFormsTest {

    private static final Pattern LINK = Pattern.compile("http://127\\.0\\.0\\.1:8080/consent-form/([A-Za-z0-9_-]+)");

    @RegisterExtension
    static GreenMailExtension mailServer =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @Autowired
    ConsentForms forms;

    @Autowired
    ConsentFormTokens tokens;

    @Autowired
    PupilRoster roster;

    @Autowired
    ConsentRegister register;

    @Autowired
    ConsentPurposes purposes;

    @Autowired
    SchoolDirectory directory;

    @Autowired
    OutboundEmailRepository emails;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    SchoolLetterhead letterhead;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    private PupilRecord amira;
    /** Each test's visitors come from addresses of their own, so the limits on attempts do not mix. */
    private String address;

    @BeforeEach
    void enrolAmiraWithTwoParents() throws Exception {
        deliver();
        mailServer.purgeEmailFromAllMailboxes();
        SignedIn.as(demoUsers, "office");
        var class3 = directory.classNamed("Class 3").orElseThrow().id();
        amira = roster.enrol(new PupilDetails(RosterFixture.TEST_UPN, "Amira", "Testing", null, class3));
        amira = roster.changeParentEmails(amira.id(), "mum@example.org; Dad@example.org");
        address = "192.0.2." + (System.nanoTime() % 250 + 1);
    }

    @AfterEach
    void removeAmira() {
        SignedIn.nobody();
        RosterFixture.restoreDemoRoster(roster, jdbc);
    }

    private Outbox outbox() {
        return MailServerOutbox.delivering(
                mailServer, emails, clock, transaction, letterhead, "http://127.0.0.1:8080/", List.of(tokens));
    }

    /** As the outbox's job does, in the school whose e-mails they are. */
    private void deliver() {
        InSchool.jesseGray(jdbc, () -> outbox().deliverDue());
    }

    private static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token of the newest e-mail to this address. */
    private static String tokenSentTo(String recipient) {
        var messages = Arrays.stream(mailServer.getReceivedMessages())
                .filter(m -> to(m).equals(recipient))
                .toList();
        var matcher = LINK.matcher(body(messages.getLast()));
        assertThat(matcher.find()).as("a link in the e-mail to " + recipient).isTrue();
        return matcher.group(1);
    }

    private Map<String, Boolean> everyPurpose(boolean yes) {
        var answers = new HashMap<String, Boolean>();
        purposes.activeForForm().forEach(p -> answers.put(p.code(), yes));
        return answers;
    }

    @Test
    void each_parent_gets_a_link_of_their_own_stored_only_as_its_hash() {
        assertThat(forms.send(amira.id())).isEqualTo(2);
        var queued = jdbc.queryForList(
                "select body from outbound_email where recipient like 'parent (consent form %'"
                        + " and address in ('mum@example.org', 'dad@example.org') and status = 'PENDING'",
                String.class);
        assertThat(queued)
                .hasSize(2)
                .allSatisfy(body ->
                        assertThat(body).contains("{{secret-link:consent-form:").doesNotContain("consent-form/"));

        deliver();

        assertThat(Arrays.stream(mailServer.getReceivedMessages()).map(ConsentFormsTest::to))
                .containsExactlyInAnyOrder("mum@example.org", "dad@example.org");
        var mum = tokenSentTo("mum@example.org");
        var dad = tokenSentTo("dad@example.org");
        assertThat(mum).isNotEqualTo(dad).hasSizeGreaterThanOrEqualTo(43);
        assertThat(jdbc.queryForObject(
                        "select count(*) from consent_form_link where token_hash in (?, ?)",
                        Long.class,
                        ConsentFormTokens.hash(mum),
                        ConsentFormTokens.hash(dad)))
                .isEqualTo(2);
        for (var token : List.of(mum, dad)) {
            assertThat(jdbc.queryForObject("""
                    select (select count(*) from consent_form_link where token_hash = ?)
                         + (select count(*) from consent_form_link_aud where token_hash = ?)
                         + (select count(*) from outbound_email where body like ?)
                         + (select count(*) from outbound_email_aud where body like ?)""", Long.class, token, token, "%" + token + "%", "%" + token + "%"))
                    .as("the token is stored nowhere")
                    .isZero();
        }
        var message = mailServer.getReceivedMessages()[0];
        assertThat(body(message)).contains("Amira").doesNotContain("Testing");
    }

    @Test
    void the_parents_answers_are_recorded_with_their_name_and_the_link_then_refuses_a_second_use() {
        forms.send(amira.id());
        deliver();
        var token = tokenSentTo("mum@example.org");

        var page = forms.open(token, address);
        assertThat(page).isInstanceOfSatisfying(ConsentFormPage.Open.class, open -> {
            assertThat(open.firstName()).isEqualTo("Amira");
            assertThat(open.schoolName()).isEqualTo("Jesse Gray Primary School");
            assertThat(open.purposes())
                    .extracting(PurposeSummary::code)
                    .containsExactly("class-social", "school-social", "website", "print", "press");
        });
        assertThat(page.toString()).doesNotContain("Testing", RosterFixture.TEST_UPN);

        var answers = everyPurpose(true);
        answers.put("press", false);
        var recorded = forms.answer(token, address, new ConsentFormAnswers(answers, "Sara Testing", true));

        assertThat(recorded)
                .isInstanceOfSatisfying(
                        ConsentFormPage.Recorded.class,
                        r -> assertThat(r.answers())
                                .extracting(ConsentFormPage.Answer::purposeName, ConsentFormPage.Answer::consent)
                                .contains(tuple("Local press and media", false)));
        SignedIn.as(demoUsers, "office");
        var consents = register.consentsOf(amira.id());
        assertThat(consents.of("press").consent()).isFalse();
        assertThat(consents.of("website")).satisfies(c -> {
            assertThat(c.consent()).isTrue();
            assertThat(c.source()).isEqualTo(ConsentSource.ONLINE_FORM);
            assertThat(c.recordedBy()).isEqualTo("Sara Testing");
        });
        assertThat(jdbc.queryForList("""
                select distinct r.username from pupil_consent_aud a join revision_info r on r.id = a.rev
                where a.pupil_id = ? and a.source = 'ONLINE_FORM'""", String.class, amira.id().value())).containsExactly("parent (online form)");
        assertThat(forms.open(token, address)).isEqualTo(new ConsentFormPage.Closed(ConsentFormPage.Reason.USED));
        assertThat(forms.answer(token, address, new ConsentFormAnswers(everyPurpose(false), "Someone Else", true)))
                .isEqualTo(new ConsentFormPage.Closed(ConsentFormPage.Reason.USED));
        assertThat(register.consentsOf(amira.id()).of("website").consent()).isTrue();
    }

    @Test
    void the_confirmation_offers_a_new_single_use_link_to_change_the_answers() {
        forms.send(amira.id());
        deliver();
        forms.answer(
                tokenSentTo("dad@example.org"),
                address,
                new ConsentFormAnswers(everyPurpose(true), "Omar Testing", true));
        deliver();

        var confirmation = Arrays.stream(mailServer.getReceivedMessages())
                .filter(m -> to(m).equals("dad@example.org"))
                .toList()
                .getLast();
        assertThat(body(confirmation)).contains("Dear Omar Testing", "The class's social-media account: yes");
        var change = tokenSentTo("dad@example.org");
        var withdrawn = everyPurpose(true);
        withdrawn.put("class-social", false);
        assertThat(forms.answer(change, address, new ConsentFormAnswers(withdrawn, "Omar Testing", true)))
                .isInstanceOf(ConsentFormPage.Recorded.class);
        SignedIn.as(demoUsers, "office");
        assertThat(register.consentsOf(amira.id()).of("class-social").consent()).isFalse();
        assertThat(forms.open(change, address)).isEqualTo(new ConsentFormPage.Closed(ConsentFormPage.Reason.USED));
    }

    @Test
    void an_incomplete_form_is_refused_field_by_field_and_records_nothing() {
        forms.send(amira.id());
        deliver();
        var token = tokenSentTo("mum@example.org");
        var answers = everyPurpose(true);
        answers.remove("print");

        assertThatThrownBy(() -> forms.answer(token, address, new ConsentFormAnswers(answers, " ", false)))
                .isInstanceOfSatisfying(
                        ConsentFormRefused.class,
                        refused -> assertThat(refused.errors())
                                .containsOnlyKeys("purpose:print", "parentName", "parentalResponsibility"));
        SignedIn.as(demoUsers, "office");
        assertThat(register.consentsOf(amira.id()).byPurpose()).isEmpty();
        assertThat(forms.open(token, address)).isInstanceOf(ConsentFormPage.Open.class);
    }

    @Test
    void an_expired_or_unknown_link_gets_a_plain_explanation() {
        forms.send(amira.id());
        deliver();
        var token = tokenSentTo("mum@example.org");
        jdbc.update(
                "update consent_form_link set expires_at = now() - interval '1 second' where token_hash = ?",
                ConsentFormTokens.hash(token));

        assertThat(forms.open(token, address)).isEqualTo(new ConsentFormPage.Closed(ConsentFormPage.Reason.EXPIRED));
        assertThat(forms.open("never-sent-" + token, address))
                .isEqualTo(new ConsentFormPage.Closed(ConsentFormPage.Reason.NOT_FOUND));
    }

    @Test
    void attempts_are_limited_per_token_and_per_address() {
        for (int i = 1; i <= 10; i++) {
            assertThat(forms.open("guessed-token", "198.51.100." + i))
                    .as("attempt " + i)
                    .isEqualTo(new ConsentFormPage.Closed(ConsentFormPage.Reason.NOT_FOUND));
        }
        assertThat(forms.open("guessed-token", "198.51.100.11"))
                .isEqualTo(new ConsentFormPage.Closed(ConsentFormPage.Reason.TOO_MANY_ATTEMPTS));

        for (int i = 1; i <= 30; i++) {
            assertThat(forms.open("guess-" + i + "-" + address, address))
                    .as("attempt " + i)
                    .isEqualTo(new ConsentFormPage.Closed(ConsentFormPage.Reason.NOT_FOUND));
        }
        assertThat(forms.open("guess-31-" + address, address))
                .isEqualTo(new ConsentFormPage.Closed(ConsentFormPage.Reason.TOO_MANY_ATTEMPTS));
        jdbc.update(
                "delete from consent_form_attempt where subject in (?, ?)",
                "address:" + address,
                "token:" + ConsentFormTokens.hash("guessed-token"));
    }

    @Test
    void sending_to_a_class_reaches_the_parents_on_the_roster_and_names_the_pupils_without_an_address() {
        SignedIn.as(demoUsers, "office");
        var class3 = directory.classNamed("Class 3").orElseThrow().id();

        var sent = forms.sendToClass(class3);

        assertThat(sent.pupils()).isEqualTo(1);
        assertThat(sent.emails()).isEqualTo(2);
        assertThat(sent.withoutAddress()).hasSize(28).contains("Amelia AK").noneMatch(name -> name.contains("Khan"));
    }
}
