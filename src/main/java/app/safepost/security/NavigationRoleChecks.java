package app.safepost.security;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Vaadin's route access control, asking the request for a role without looking up the role prefix on
 * every navigation. Vaadin looks its prefix holder up through its service lookup each time it checks a
 * route (each navigation, and each menu entry as the menu is drawn), and that lookup reads
 * {@code META-INF/services} across every jar of the portal: under 300 staff it was 2.6 % of the request
 * threads' time. Once the holder has its prefix, Vaadin's answer for a request is the request's own
 * {@code isUserInRole}, so that is given straight away; until then, and for push requests, Vaadin decides.
 */
final class NavigationRoleChecks extends SpringNavigationAccessControl {

    private final VaadinRolePrefixHolder rolePrefix;

    NavigationRoleChecks(
            List<NavigationAccessChecker> checkers,
            AccessCheckDecisionResolver decisions,
            VaadinRolePrefixHolder rolePrefix) {
        super(checkers, decisions);
        this.rolePrefix = rolePrefix;
    }

    @Override
    protected Predicate<String> getRolesChecker(@Nullable VaadinRequest request) {
        if (request != null
                && rolePrefix.isSet()
                && !HandlerHelper.isRequestType(request, HandlerHelper.RequestType.PUSH)) {
            return request::isUserInRole;
        }
        return super.getRolesChecker(request);
    }

    /**
     * Puts these checks in place of the access control Vaadin's auto-configuration makes (its bean cannot
     * be replaced by declaring another), built by the same configurer from the same checkers, so the
     * login view and the checkers Vaadin's security configurer sets later are set on this one.
     */
    static BeanPostProcessor inPlaceOfVaadins(BeanFactory beans) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean.getClass() != SpringNavigationAccessControl.class) {
                    return bean;
                }
                var rolePrefix = beans.getBean(VaadinRolePrefixHolder.class);
                return beans.getBean(NavigationAccessControlConfigurer.class)
                        .build(
                                (checkers, decisions) -> new NavigationRoleChecks(checkers, decisions, rolePrefix),
                                beans.getBeanProvider(NavigationAccessChecker.class)
                                        .orderedStream()
                                        .toList());
            }
        };
    }
}
