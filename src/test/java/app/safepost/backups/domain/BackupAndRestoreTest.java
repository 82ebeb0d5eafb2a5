package app.safepost.backups.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.SocialAccounts;
import app.safepost.audit.IntegrityCheck;
import app.safepost.backups.BackupPortal;
import app.safepost.backups.Backups;
import app.safepost.database.DatabaseAddress;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.Drafts;
import app.safepost.media.MediaLibrary;
import app.safepost.media.TestPhotos;
import app.safepost.school.SchoolProfile;
import app.safepost.school.SchoolProfileService;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.SignedIn;
import app.safepost.testing.TestDatabase;
import app.safepost.testing.TestSchools;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.util.FileSystemUtils;

/**
 * Back up, change and delete, restore: the restored copy holds every record, audit row, photo and
 * revision link as they were at the backup, compared table by table, row by row.
 */
@BackupPortal
class BackupAndRestoreTest {

    private static final String RESTORED = "school_backups_restored";
    /** The portal's own record of backups gains a row once the backup is made, after its snapshot. */
    private static final Set<String> RECORDS_OF_BACKUPS = Set.of("public.backup_run");

    @Autowired
    Backups backups;

    @Autowired
    RestoreDrill drill;

    @Autowired
    BackupSettings settings;

    @Autowired
    MediaLibrary media;

    @Autowired
    Drafts drafts;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    SchoolProfileService profile;

    @Autowired
    IntegrityCheck integrity;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseAddress database;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @BeforeEach
    @AfterEach
    void emptyBackupDirectory() throws IOException {
        FileSystemUtils.deleteRecursively(settings.directory());
        SignedIn.nobody();
    }

    @Test
    void a_backup_restored_after_changes_and_deletions_holds_every_record_audit_row_photo_and_link_as_it_was()
            throws Exception {
        SignedIn.as(demoUsers, DemoUsers.TEACHER);
        var photo = media.intake("harvest.jpg", TestPhotos.jpeg(640, 480));
        media.finishedAnalysis(photo.id(), Duration.ofSeconds(90));
        var kestrels = accounts.accountWithHandle("@JGP_Kestrels").orElseThrow().id();
        var draft = drafts.create(
                kestrels,
                new DraftContent(
                        "Harvest assembly this morning",
                        List.of(new DraftContent.AttachedPhoto(photo.id().value(), "Baskets of vegetables")),
                        List.of()));
        SignedIn.as(demoUsers, DemoUsers.HEAD);
        var before = profile.profile();
        profile.update(withPhone(before, "0115 496 0123"));
        var photoBytes = jdbc.queryForObject(
                "select c.bytes from media_content c join photo p on p.content_sha256 = c.sha256" + " where p.id = ?",
                byte[].class,
                photo.id().value());
        var chainAtBackup = integrity.checkChain();
        assertThat(chainAtBackup.intact()).as(chainAtBackup.inWords()).isTrue();

        // The backup holds every school's rows: compared as the schema's owner, whom row-level security does not hold.
        var owner = TestDatabase.superuserJdbc(BackupPortal.Database.NAME);
        var atBackup = fingerprints(owner);
        var made = backups.backUp();
        assertThat(made.succeeded()).as(made.summary()).isTrue();
        assertThat(without(fingerprints(owner), RECORDS_OF_BACKUPS))
                .as("nothing moved while the backup ran")
                .isEqualTo(without(atBackup, RECORDS_OF_BACKUPS));

        // After the backup: a change, a deleted draft with its photo, and a deleted row straight in the database.
        profile.update(withPhone(profile.profile(), "0115 496 0999"));
        SignedIn.as(demoUsers, DemoUsers.TEACHER);
        assertThat(drafts.delete(draft.id(), draft.version())).isEqualTo(1);
        jdbc.update("delete from school_aud where rev = (select max(rev) from school_aud)");
        assertThat(fingerprints(owner)).isNotEqualTo(atBackup);
        assertThat(jdbc.queryForObject(
                        "select count(*) from photo where id = ?",
                        Long.class,
                        photo.id().value()))
                .isZero();

        var latest = new BackupDirectory(settings.directory()).latest().orElseThrow();
        assertThat(latest.fileName()).isEqualTo(made.fileName());
        var copy = drill.restore(latest, RESTORED);
        SignedIn.as(demoUsers, DemoUsers.HEAD);
        try {
            var restored = new JdbcTemplate(BackupConnection.dataSource(copy));
            assertThat(without(fingerprints(restored), RECORDS_OF_BACKUPS))
                    .isEqualTo(without(atBackup, RECORDS_OF_BACKUPS));
            assertThat(restored.queryForObject(
                            "select c.bytes from media_content c join photo p"
                                    + " on p.content_sha256 = c.sha256 where p.id = ?",
                            byte[].class,
                            photo.id().value()))
                    .isEqualTo(photoBytes);
            assertThat(restored.queryForList("select contact_phone from school", String.class))
                    .contains("0115 496 0123")
                    .doesNotContain("0115 496 0999");
            var chains = integrity.checkCopy(BackupConnection.dataSource(copy));
            assertThat(chains)
                    .extracting(IntegrityCheck.ChainInCopy::school)
                    .as("every school's chain")
                    .containsExactlyInAnyOrder(TestSchools.jesseGray(owner), TestSchools.fenwickRoad(owner));
            assertThat(chains)
                    .allSatisfy(chain -> assertThat(chain.report().intact())
                            .as(chain.report().inWords())
                            .isTrue());
            var chainOfCopy = chains.stream()
                    .filter(chain -> chain.school().equals(TestSchools.jesseGray(owner)))
                    .findFirst()
                    .orElseThrow()
                    .report();
            assertThat(chainOfCopy.headHash()).isEqualTo(chainAtBackup.headHash());
            assertThat(chainOfCopy.linksChecked()).isEqualTo(chainAtBackup.linksChecked());
        } finally {
            new BackupConnection(database, settings).dropScratch(RESTORED);
        }
    }

    private static SchoolProfile withPhone(SchoolProfile profile, String phone) {
        return new SchoolProfile(
                profile.name(),
                profile.contactEmail(),
                phone,
                profile.address(),
                profile.wholeSchoolHandle(),
                profile.version());
    }

    /** Every table's row count and a digest of all its rows, column by column. */
    static Map<String, String> fingerprints(JdbcTemplate jdbc) {
        var fingerprints = new LinkedHashMap<String, String>();
        for (var table : jdbc.queryForList("""
                select format('%I.%I', schemaname, tablename) from pg_tables
                where schemaname not in ('pg_catalog', 'information_schema') order by 1""", String.class)) {
            fingerprints.put(
                    table,
                    jdbc.queryForObject(
                            "select count(*) || ' ' || coalesce(md5(string_agg(md5(t::text), ''"
                                    + " order by md5(t::text))), '') from " + table + " t",
                            String.class));
        }
        return fingerprints;
    }

    private static Map<String, String> without(Map<String, String> fingerprints, Set<String> tables) {
        var kept = new LinkedHashMap<>(fingerprints);
        tables.forEach(kept::remove);
        return kept;
    }
}
