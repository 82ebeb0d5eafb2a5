package app.safepost.security;

import app.safepost.security.StaffSchools.FirstSchool;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a Keycloak sign-in into a {@link SsoStaffUser}, in the schools their claims give them with the
 * school they chose last (else the first) in hand, and announces it ({@link StaffSignInEvent}), so the
 * school's staff record follows the claims. Listeners run synchronously, as the new user, before the
 * first screen is shown.
 */
final class StaffOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService claims = new OidcUserService();
    private final ApplicationEventPublisher events;
    private final StaffSchools schools;

    StaffOidcUserService(ApplicationEventPublisher events, StaffSchools schools) {
        this.events = events;
        this.schools = schools;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var oidcUser = claims.loadUser(request);
        var staff = schools.signIn(
                StaffClaims.claimed(SsoStaffUser.claims(oidcUser.getIdToken(), oidcUser.getUserInfo())),
                FirstSchool.LAST_CHOSEN);
        var user = new SsoStaffUser(oidcUser.getIdToken(), oidcUser.getUserInfo(), staff);
        var signedIn = new OAuth2AuthenticationToken(
                user, user.getAuthorities(), request.getClientRegistration().getRegistrationId());
        PortalTask.runAs(signedIn, () -> events.publishEvent(new StaffSignInEvent(user.staff())));
        return user;
    }
}
