package app.safepost.accounts.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.Api;
import app.safepost.testing.SafepostServerTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code GET /api/v1/accounts} over real HTTP for every demo user, and without credentials. */
@SafepostServerTest
class AccountsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    private JsonNode accountsOf(String user) {
        var response = new Api(port).get("/api/v1/accounts", user);
        assertThat(response.statusCode()).as("status for %s", user).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    private static List<String> handles(JsonNode accounts) {
        var handles = new ArrayList<String>();
        accounts.forEach(a -> handles.add(a.get("handle").asString()));
        return handles;
    }

    @ParameterizedTest(name = "{0} may draft for {1}")
    @CsvSource(delimiter = '|', textBlock = """
            head      | @JesseGrayPrimary;@JGP_Robins;@JGP_Wrens;@JGP_Kingfishers;@JGP_Kestrels;@JGP_Owls;@JGP_Falcons;@JGP_Eagles
            deputy    | @JesseGrayPrimary;@JGP_Robins;@JGP_Wrens;@JGP_Kingfishers;@JGP_Kestrels;@JGP_Owls;@JGP_Falcons;@JGP_Eagles
            computing | @JGP_Falcons
            teacher   | @JGP_Kestrels
            teacher4  | @JGP_Owls
            ta        | @JGP_Kestrels;@JGP_Owls
            office    | ''
            governor  | ''
            """)
    void each_member_of_staff_gets_exactly_the_accounts_they_may_draft_for(String user, String expected) {
        assertThat(String.join(";", handles(accountsOf(user)))).isEqualTo(expected);
    }

    @Test
    void each_account_has_the_contract_fields_and_the_whole_school_account_has_no_class() {
        var accounts = accountsOf("head");
        var wholeSchool = accounts.get(0);
        var kestrels = accounts.get(4);

        assertThat(wholeSchool.get("kind").asString()).isEqualTo("whole-school");
        assertThat(wholeSchool.has("class")).isTrue();
        assertThat(wholeSchool.get("class").isNull()).isTrue();
        assertThat(kestrels.get("handle").asString()).isEqualTo("@JGP_Kestrels");
        assertThat(kestrels.get("kind").asString()).isEqualTo("class");
        assertThat(kestrels.get("class").asString()).isEqualTo("Class 3");
        assertThat(kestrels.get("purpose").asString()).isEqualTo("class-social");
        assertThat(wholeSchool.get("purpose").asString()).isEqualTo("school-social");
        assertThat(kestrels.get("id").asString()).matches("[0-9a-f-]{36}");
        var fields = new ArrayList<String>();
        kestrels.propertyNames().forEach(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("id", "handle", "kind", "class", "purpose");
    }

    @Test
    void without_valid_credentials_the_answer_is_a_401_problem() {
        for (var user : new String[] {null, "nobody"}) {
            var response = new Api(port).get("/api/v1/accounts", user);

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(JSON.readTree(response.body()).get("status").asInt()).isEqualTo(401);
        }
    }
}
