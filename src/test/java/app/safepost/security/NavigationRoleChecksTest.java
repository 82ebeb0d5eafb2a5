package app.safepost.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.SafepostTest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The portal's route access control asks the request for a role, as Vaadin's does once its role prefix
 * is known, and is the one Vaadin's security configurer set up. (That it sends a signed-out visitor to the
 * sign-in view and each role to its own screens, the screen access matrices show.)
 */
@SafepostTest
class NavigationRoleChecksTest {

    @Autowired
    NavigationAccessControl accessControl;

    @Test
    void the_portals_access_control_is_in_place_of_vaadins_and_set_up_by_its_configurer() {
        assertThat(accessControl).isInstanceOf(NavigationRoleChecks.class);
        assertThat(accessControl.isEnabled()).isTrue();
    }

    @Test
    void a_role_is_what_the_request_says_once_the_prefix_is_known_and_vaadins_answer_before() {
        var known = new VaadinRolePrefixHolder("ROLE_");
        var unknown = new VaadinRolePrefixHolder(null);
        var request = new VaadinServletRequest(requestInRole(Roles.SLT), null);

        assertThat(known.isSet()).isTrue();
        assertThat(unknown.isSet()).isFalse();
        for (var prefix : List.of(known, unknown)) {
            var checks = new NavigationRoleChecks(List.of(), new DefaultAccessCheckDecisionResolver(), prefix)
                    .getRolesChecker(request);
            assertThat(checks.test(Roles.SLT))
                    .as("SLT, prefix set: %s", prefix.isSet())
                    .isTrue();
            assertThat(checks.test(Roles.GOVERNOR))
                    .as("governor, prefix set: %s", prefix.isSet())
                    .isFalse();
        }
    }

    private static MockHttpServletRequest requestInRole(String role) {
        var request = new MockHttpServletRequest("POST", "/");
        request.addUserRole(role);
        return request;
    }
}
