package app.safepost.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.audit.domain.IntegrityCheckSettings;
import app.safepost.audit.domain.RevisionChain;
import app.safepost.audit.domain.TrailAnchors;
import app.safepost.notifications.domain.MailServerOutbox;
import app.safepost.notifications.domain.OutboundEmailRepository;
import app.safepost.notifications.domain.SchoolLetterhead;
import app.safepost.school.SchoolProfile;
import app.safepost.school.SchoolProfileService;
import app.safepost.security.SchoolId;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.SignedIn;
import app.safepost.testing.TestDatabase;
import app.safepost.testing.TestSchools;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The revision chain anchored outside the database: each anchor is a signed line appended to the anchor
 * file and e-mailed to the head teacher and the chair of governors, and the integrity check compares the
 * chain with the school's latest anchor. The trail is cut short and sealed again as its database's owner
 * would, with SQL, in a transaction rolled back afterwards, so the portal's own database stays intact for
 * the next test.
 */
@AnchorPortal
class TrailAnchorTest {

    @RegisterExtension
    static GreenMailExtension mailServer =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @Autowired
    IntegrityCheck integrity;

    @Autowired
    SchoolProfileService profile;

    @Autowired
    RevisionChain chain;

    @Autowired
    TrailAnchors anchors;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OutboundEmailRepository emails;

    @Autowired
    SchoolLetterhead letterhead;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    @Autowired
    IntegrityCheckSettings settings;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @BeforeEach
    @AfterEach
    void noAnchorsYet() {
        FileSystemUtils.deleteRecursively(anchors.file().getParent().toFile());
        FileSystemUtils.deleteRecursively(anchors.keyFile().getParent().toFile());
        SignedIn.nobody();
    }

    private SchoolId jesseGray() {
        return TestSchools.jesseGray(jdbc);
    }

    private ChainAnchor anchorAs(String username) {
        SignedIn.as(demoUsers, username);
        var outcome = integrity.checkAndAnchor();
        assertThat(outcome.anchored()).as(outcome.inWords()).isTrue();
        return outcome.anchor();
    }

    /** The check of a school's chain against its anchor, on the database as its owner changed it (rolled back). */
    private <T> T asTheDatabaseOwner(Function<Connection, T> work) throws Exception {
        try (var owner = DriverManager.getConnection(
                TestDatabase.server().getJdbcUrl("postgres", AnchorPortal.Database.NAME), "postgres", "")) {
            owner.setAutoCommit(false);
            try {
                return work.apply(owner);
            } finally {
                owner.rollback();
            }
        }
    }

    private static RevisionChain chainOf(Connection connection) {
        return RevisionChain.of(new SingleConnectionDataSource(connection, true));
    }

    private IntegrityReport checkAgainstAnchor(Connection connection, SchoolId school) {
        return new IntegrityCheck(chain, anchors, events, clock, settings)
                .checkAgainstAnchor(chainOf(connection), school.value());
    }

    private static void run(Connection connection, String sql) {
        new JdbcTemplate(new SingleConnectionDataSource(connection, true)).execute(sql);
    }

    /** Deletes the school's newest revisions everywhere the trail keeps them. */
    private static void deleteLastRevisions(Connection connection, SchoolId school, int count) {
        run(connection, """
                do $$ declare r bigint; t text; begin
                for r in select rev from revision_chain where school_id = '%s' order by position desc limit %d loop
                    for t in select audit_tables() loop
                        execute format('delete from %%I where rev = $1', t) using r;
                        -- The rows it ended are current again, as if it had never been.
                        execute format('update %%I set revend = null where revend = $1', t) using r;
                    end loop;
                    delete from audit_entry where rev = r;
                    delete from revision_chain where rev = r;
                    delete from revision_info where id = r;
                end loop; end $$""".formatted(school.value(), count));
    }

    /** Recomputes every link of the school's chain, each link's hash by {@code hash} (SQL over prev, l and d). */
    private static void sealAgain(Connection connection, SchoolId school, String hash) {
        run(connection, """
                do $$ declare prev text := repeat('0', 64); l record; d text; begin
                for l in select c.position, c.rev, r.rev_timestamp, r.username, r.roles from revision_chain c
                         join revision_info r on r.id = c.rev and r.school_id = c.school_id
                         where c.school_id = '%1$s' order by c.position loop
                    d := audit_verified_digest(l.rev, '%1$s'::uuid);
                    update revision_chain set content_digest = d, previous_hash = prev, hash = %2$s
                    where school_id = '%1$s' and position = l.position returning hash into prev;
                end loop; end $$""".formatted(school.value(), hash));
    }

    @Test
    void an_untouched_chain_passes_against_the_anchor_just_signed() throws Exception {
        var anchor = anchorAs(DemoUsers.HEAD);

        assertThat(integrity.checkChain().intact()).isTrue();
        assertThat(integrity.latestAnchor())
                .startsWith("Latest anchor: link " + anchor.position() + " (revision " + anchor.revision() + ")")
                .contains("line 1 of " + anchors.file());
        assertThat(asTheDatabaseOwner(owner -> checkAgainstAnchor(owner, jesseGray()))
                        .intact())
                .isTrue();
        var timed = System.nanoTime();
        var report = integrity.checkChain();
        System.out.printf(
                "Integrity check of the demo school's chain against its anchor: %d links in %d ms%n",
                report.linksChecked(), (System.nanoTime() - timed) / 1_000_000);
    }

    /** Four revisions of the school's profile, so that the chain is longer than the three deleted. */
    private void fourChanges() {
        SignedIn.as(demoUsers, DemoUsers.DEPUTY);
        for (int i = 0; i < 4; i++) {
            var now = profile.profile();
            profile.update(new SchoolProfile(
                    now.name(),
                    now.contactEmail(),
                    "0115 000 000" + i,
                    now.address(),
                    now.wholeSchoolHandle(),
                    now.version()));
        }
    }

    @Test
    void deleting_the_last_three_revisions_with_sql_fails_the_check_naming_the_anchor() throws Exception {
        fourChanges();
        var anchor = anchorAs(DemoUsers.HEAD);
        var head = chain.head(jesseGray().value()).orElseThrow().position();

        var report = asTheDatabaseOwner(owner -> {
            deleteLastRevisions(owner, jesseGray(), 3);
            assertThat(chainOf(owner)
                            .verify(jesseGray().value(), 1, clock.instant(), "test")
                            .intact())
                    .as("without the anchor the shortened chain verifies")
                    .isTrue();
            return checkAgainstAnchor(owner, jesseGray());
        });

        // The anchor's e-mails are themselves revisions after the anchored head, so fewer than three are short of it.
        assertThat(report.intact()).isFalse();
        assertThat(report.inWords())
                .contains(
                        "Revisions were removed from the end of the trail",
                        "line 1 of " + anchors.file(),
                        "signed link " + anchor.position() + " (revision " + anchor.revision() + ")",
                        "now ends at link " + (head - 3),
                        (anchor.position() - (head - 3)) + " links short");
    }

    @Test
    void a_trail_altered_and_sealed_again_from_its_start_fails_against_its_anchor() throws Exception {
        anchorAs(DemoUsers.HEAD);

        var report = asTheDatabaseOwner(owner -> {
            run(
                    owner,
                    "update revision_info set username = 'office' where id = (select rev from revision_chain"
                            + " where school_id = '" + jesseGray().value() + "' and position = 2)");
            sealAgain(owner, jesseGray(), "audit_link_hash(prev, l.rev, l.rev_timestamp, l.username, l.roles, d)");
            assertThat(chainOf(owner)
                            .verify(jesseGray().value(), 1, clock.instant(), "test")
                            .intact())
                    .as("sealed again with the chain's own public function, every link verifies")
                    .isTrue();
            return checkAgainstAnchor(owner, jesseGray());
        });

        assertThat(report.intact()).isFalse();
        assertThat(report.problem())
                .startsWith("The trail was altered and sealed again")
                .contains("line 1 of");
    }

    @Test
    void a_chain_computed_again_with_another_key_fails() throws Exception {
        anchorAs(DemoUsers.HEAD);

        var report = asTheDatabaseOwner(owner -> {
            sealAgain(
                    owner,
                    jesseGray(),
                    "encode(sha256(convert_to('another key|' || prev || '|' || l.rev || '|'"
                            + " || l.rev_timestamp || '|' || l.username || '|' || l.roles || '|' || d, 'UTF8')), 'hex')");
            return checkAgainstAnchor(owner, jesseGray());
        });

        assertThat(report.intact()).isFalse();
        assertThat(report.problem()).contains("The trail was altered and sealed again");
    }

    @Test
    void anchor_lines_are_appended_never_rewritten_and_each_signature_verifies_with_the_public_key() throws Exception {
        anchorAs(DemoUsers.HEAD);
        var first = Files.readAllBytes(anchors.file());
        var timed = System.nanoTime();
        anchorAs(DemoUsers.DEPUTY);
        var took = System.nanoTime() - timed;
        anchorAs(DemoUsers.GOVERNOR);

        var all = Files.readAllBytes(anchors.file());
        assertThat(Arrays.copyOf(all, first.length))
                .as("the first line is kept as written")
                .isEqualTo(first);
        var lines = Files.readAllLines(anchors.file(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        var pem = Files.readString(anchors.file().resolveSibling(anchors.file().getFileName() + ".pub"));
        var publicKey = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder()
                        .decode(pem.replace("-----BEGIN PUBLIC KEY-----", "")
                                .replace("-----END PUBLIC KEY-----", "")
                                .strip())));
        for (var line : lines) {
            var cut = line.lastIndexOf(" sig=");
            var verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey);
            verifier.update(line.substring(0, cut).getBytes(StandardCharsets.UTF_8));
            assertThat(verifier.verify(Base64.getDecoder().decode(line.substring(cut + 5))))
                    .as(line)
                    .isTrue();
            assertThat(line).contains("school=" + jesseGray().value());
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(anchors.keyFile())))
                .isEqualTo("rw-------");
        System.out.printf(
                "Check, sign and append an anchor: %d ms; anchor line %d bytes%n",
                took / 1_000_000, lines.getFirst().getBytes(StandardCharsets.UTF_8).length + 1);
    }

    @Test
    void each_anchor_reaches_the_head_teacher_and_the_chair_of_governors_by_e_mail_with_the_schools_name()
            throws Exception {
        var outbox = MailServerOutbox.delivering(mailServer, emails, clock, transaction, letterhead);
        SignedIn.as(demoUsers, DemoUsers.DEPUTY);
        outbox.deliverDue();
        mailServer.purgeEmailFromAllMailboxes();

        var anchor = anchorAs(DemoUsers.DEPUTY);
        outbox.deliverDue();

        var received = mailServer.getReceivedMessages();
        assertThat(Arrays.stream(received).map(m -> {
                    try {
                        return m.getRecipients(Message.RecipientType.TO)[0].toString();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .containsExactlyInAnyOrder("head@jessegray.example", "chair@jessegray.example");
        for (var message : received) {
            // The school's name heads every e-mail's subject, as for each of its e-mails.
            assertThat(message.getSubject()).startsWith("Jesse Gray Primary School: Audit trail anchor, ");
            assertThat(GreenMailUtil.getBody(message)).contains(anchor.hash(), "revision " + anchor.revision());
        }
    }

    @Test
    void an_anchor_of_one_school_neither_anchors_nor_fails_another() throws Exception {
        var fenwickRoad = TestSchools.fenwickRoad(jdbc);
        anchorAs(DemoUsers.HEAD);
        SignedIn.systemIn(fenwickRoad);
        assertThat(integrity.latestAnchor()).isEqualTo("The trail of this school has not been anchored yet.");
        var fenwickAnchor = integrity.checkAndAnchor();
        assertThat(fenwickAnchor.anchored()).as(fenwickAnchor.inWords()).isTrue();

        var reports = asTheDatabaseOwner(owner -> {
            deleteLastRevisions(owner, jesseGray(), 3);
            return new IntegrityReport[] {checkAgainstAnchor(owner, jesseGray()), checkAgainstAnchor(owner, fenwickRoad)
            };
        });

        assertThat(reports[0].intact()).isFalse();
        assertThat(reports[1].intact()).as(reports[1].inWords()).isTrue();
        assertThat(reports[1].linksChecked())
                .isGreaterThanOrEqualTo(fenwickAnchor.anchor().position());
    }

    @Test
    void a_missing_or_unreadable_anchor_file_or_key_is_a_finding_that_slt_hear_of() throws Exception {
        anchorAs(DemoUsers.HEAD);
        var keptFile = Files.move(anchors.file(), anchors.file().resolveSibling("kept.log"));

        SignedIn.as(demoUsers, DemoUsers.HEAD);
        var refused = integrity.checkAndAnchor();

        assertThat(refused.anchored()).isFalse();
        assertThat(refused.inWords()).contains("Not anchored", "The anchor file " + anchors.file() + " is missing");
        assertThat(jdbc.queryForObject(
                        "select count(*) from notice where recipient = 'deputy' and subject ="
                                + " 'The audit trail of Jesse Gray Primary School failed its check'",
                        Long.class))
                .isPositive();

        Files.move(keptFile, anchors.file(), StandardCopyOption.REPLACE_EXISTING);
        var lines = Files.readString(anchors.file());
        Files.writeString(anchors.file(), lines.replaceFirst("position=\\d+", "position=1"));
        assertThat(integrity.checkChain().problem())
                .contains("Line 1 of the anchor file", "is not an anchor signed with the anchor key");

        Files.writeString(anchors.file(), lines);
        Files.writeString(anchors.keyFile(), "not a key");
        assertThat(integrity.checkChain().problem()).contains("The anchor key " + anchors.keyFile() + " is unreadable");
        Files.delete(anchors.keyFile());
        assertThat(integrity.checkChain().problem()).contains("The anchor key " + anchors.keyFile() + " is missing");
    }
}
