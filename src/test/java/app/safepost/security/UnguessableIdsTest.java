package app.safepost.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.media.Multipart;
import app.safepost.media.TestPhotos;
import app.safepost.testing.Api;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.SafepostServerTest;
import app.safepost.testing.TestDatabase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ids that reach URLs (/pupils/{id}, /post/{id}, /policies/{id}) and the API are random (version 4)
 * UUIDs, so knowing one record's id says nothing about another's. The only sequential numbers are
 * the audit trail's revision numbers (shown to SLT and governors only) and the singleton settings row.
 */
@SafepostServerTest
class UnguessableIdsTest {

    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void ids_the_api_hands_out_are_random_uuids() {
        var api = new Api(port);
        var seen = new ArrayList<String>();
        collect(api.get("/api/v1/accounts", DemoUsers.HEAD).body(), seen);
        var photo = Multipart.photo(TestPhotos.jpeg(32, 24));
        for (int i = 0; i < 3; i++) {
            var uploaded = api.send("POST", "/api/v1/media", DemoUsers.TEACHER, photo.contentType(), photo.body());
            assertThat(uploaded.statusCode()).isEqualTo(201);
            collect(uploaded.body(), seen);
        }
        var account = ID.matcher(api.get("/api/v1/accounts", DemoUsers.TEACHER).body());
        assertThat(account.find()).isTrue();
        for (int i = 0; i < 3; i++) {
            var draft = api.send(
                    "POST",
                    "/api/v1/drafts",
                    DemoUsers.TEACHER,
                    "application/json",
                    "{\"accountId\":\"" + account.group(1) + "\",\"text\":\"Ids test " + i + "\"}");
            assertThat(draft.statusCode()).isEqualTo(201);
            collect(draft.body(), seen);
        }
        assertThat(seen).hasSizeGreaterThanOrEqualTo(7);
        assertRandom(seen);
    }

    @Test
    void every_record_table_keys_its_rows_by_uuid_and_every_stored_id_is_random() {
        var columns = jdbc.queryForList("""
                select c.table_name, c.data_type from information_schema.columns c
                join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
                where c.table_schema = 'public' and c.column_name = 'id' and t.table_type = 'BASE TABLE'
                  and c.table_name not like '%\\_aud' and c.table_name <> 'flyway_schema_history'
                """);
        assertThat(columns).isNotEmpty();
        // Every school's rows, as the schema's owner reads them: row-level security would show none here.
        var everySchool = TestDatabase.superuserJdbc();
        var sequential = new ArrayList<String>();
        var ids = new ArrayList<String>();
        for (var column : columns) {
            var table = (String) column.get("table_name");
            if (!"uuid".equals(column.get("data_type"))) {
                sequential.add(table);
                continue;
            }
            ids.addAll(everySchool.queryForList("select id::text from " + table, String.class));
        }
        assertThat(sequential).as("tables keyed by a number").isSubsetOf(allowedNumberedTables());
        assertThat(ids).isNotEmpty();
        assertRandom(ids);
    }

    /**
     * The audit trail's revision numbers and its integrity check runs (SLT and governors only, never
     * in a URL of another role), the one-row check of the credentials key, and the portal's record of
     * its backups and restore drills (whose numbers nothing hands out).
     */
    private static java.util.Set<String> allowedNumberedTables() {
        return java.util.Set.of("revision_info", "integrity_check_run", "credential_key_check", "backup_run");
    }

    private static void collect(String body, java.util.List<String> into) {
        var matcher = ID.matcher(body);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static void assertRandom(java.util.List<String> ids) {
        var distinct = new HashSet<String>();
        for (var id : ids) {
            var uuid = UUID.fromString(id);
            assertThat(uuid.version()).as(id).isEqualTo(4);
            assertThat(uuid.variant()).as(id).isEqualTo(2);
            assertThat(distinct.add(id)).as("unique " + id).isTrue();
        }
    }
}
