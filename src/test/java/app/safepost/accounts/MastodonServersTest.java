package app.safepost.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MastodonServersTest {

    @ParameterizedTest(name = "{0} lives on {1}")
    @CsvSource(
            nullValues = "none",
            value = {
                "@JGP_Eagles@mastodon.social,   https://mastodon.social",
                "JGP_Eagles@Schools.Social,     https://schools.social",
                "@office@social.school.example, https://social.school.example",
                "@JGP_Eagles,                   none",
                "@JGP_Eagles@,                  none",
                "@a@b@c.example,                none",
                "@a@localhost,                  none",
                "@a@bad_host.example,           none"
            })
    void a_handle_names_its_server_when_it_has_one(String handle, String server) {
        assertThat(MastodonServers.fromHandle(handle).orElse(null)).isEqualTo(server);
    }

    @ParameterizedTest(name = "{0} is kept as {1}")
    @CsvSource({
        "mastodon.social,                  https://mastodon.social",
        "  https://Mastodon.Social/  ,     https://mastodon.social",
        "https://social.school.example:8443, https://social.school.example:8443",
        "http://127.0.0.1:3000,            http://127.0.0.1:3000",
        "http://localhost:3000,            http://localhost:3000"
    })
    void a_server_slt_type_is_kept_as_the_address_the_portal_calls(String typed, String kept) {
        assertThat(MastodonServers.chosen(typed)).isEqualTo(kept);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "http://mastodon.social          | Use https",
                "https://mastodon.social/@school | without a path",
                "https://mastodon.social/?a=b    | without a path",
                "https://user:pw@mastodon.social | without a path",
                "ftp://mastodon.social           | https address",
                "not a server                    | such as mastodon.social",
                "mastodon                        | is not a server's name"
            })
    void an_address_that_is_not_a_servers_is_refused_next_to_the_field(String typed, String says) {
        assertThatThrownBy(() -> MastodonServers.chosen(typed))
                .isInstanceOfSatisfying(
                        RefusedChange.class,
                        e -> assertThat(e.errors())
                                .containsOnlyKeys("server")
                                .hasEntrySatisfying(
                                        "server", message -> assertThat(message).contains(says)));
    }

    @Test
    void an_address_longer_than_the_column_is_refused() {
        assertThatThrownBy(() -> MastodonServers.chosen("a".repeat(190) + ".example.org"))
                .isInstanceOfSatisfying(
                        RefusedChange.class,
                        e -> assertThat(e.errors().get("server")).contains("200"));
    }
}
