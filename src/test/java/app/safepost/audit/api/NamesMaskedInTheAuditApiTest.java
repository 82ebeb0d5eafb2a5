package app.safepost.audit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import app.safepost.audit.PersonalData;
import app.safepost.audit.domain.AuditedTypes;
import app.safepost.audit.domain.AuditedTypes.AuditedType;
import app.safepost.compliance.NameMask;
import app.safepost.testing.Api;
import app.safepost.testing.AuditedFreeText;
import app.safepost.testing.SafepostServerTest;
import app.safepost.testing.SignedIn;
import jakarta.persistence.EntityManagerFactory;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code GET /api/v1/audit/{entityType}/{id}} over real HTTP for every audited record type with free
 * text, found from the code: with a demo pupil's full name written into each text field, governors
 * get the history with it masked and SLT get it as written.
 */
@SafepostServerTest
class NamesMaskedInTheAuditApiTest {

    private static final Pattern PUPILS_NAME = Pattern.compile("(?i)(?<!\\p{L})(amelia|khan|kaur)(?!\\p{L})");

    @LocalServerPort
    int port;

    @Autowired
    AuditedTypes types;

    @Autowired
    EntityManagerFactory factory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @TestFactory
    Stream<DynamicTest> governor_never_reads_a_pupils_name_in_the_audit_api_for_any_record_with_free_text() {
        var text = new AuditedFreeText(factory, types, jdbc, transaction);
        return text.typesWithText().stream()
                .map(type -> dynamicTest(
                        "governor never reads a pupil's name in GET /api/v1/audit/"
                                + type.type().name() + "/{id}",
                        () -> governorReadsNoName(text, type)));
    }

    private void governorReadsNoName(AuditedFreeText text, AuditedType type) {
        SignedIn.as(demoUsers, "head");
        var planted = text.plant(type);
        try {
            var path = "/api/v1/audit/" + type.type().name() + "/" + planted.id();
            var api = new Api(port);

            var slt = api.get(path, "deputy");
            assertThat(slt.statusCode()).isEqualTo(200);
            for (var field : text.fieldsOf(type)) {
                assertThat(slt.body())
                        .as("SLT read %s", field.attribute())
                        .contains("\"" + field.attribute() + "\":{\"from\":")
                        .contains("\"to\":\"" + field.name() + "\"");
            }

            var governor = api.get(path, "governor");
            assertThat(governor.statusCode()).isEqualTo(200);
            assertThat(PUPILS_NAME.matcher(governor.body()).find())
                    .as("a pupil's name in %s:%n%s", path, governor.body())
                    .isFalse();
            assertThat(governor.body())
                    .containsAnyOf("\"to\":\"" + NameMask.MASK + "\"", "\"to\":\"" + PersonalData.HIDDEN + "\"");
        } finally {
            SignedIn.as(demoUsers, "head");
            text.undo(planted);
        }
    }
}
