package app.safepost.pupils;

import app.safepost.database.PortalInstances;
import app.safepost.school.SchoolAdded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives each school its social-media accounts' consent purposes and its consent settings: a new school
 * in the transaction that adds it, and at start-up any school without them (a school added before
 * schools kept their own).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SchoolConsentSetUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SchoolConsentSetUp.class);

    private final ConsentPurposes purposes;
    private final PortalInstances instances;
    private final TransactionTemplate transaction;

    SchoolConsentSetUp(ConsentPurposes purposes, PortalInstances instances, TransactionTemplate transaction) {
        this.purposes = purposes;
        this.instances = instances;
        this.transaction = transaction;
    }

    @EventListener
    void on(SchoolAdded added) {
        purposes.setUpSchool();
    }

    @Override
    public void run(ApplicationArguments args) {
        instances.inEachSchool(
                "consent set-up",
                school -> transaction.executeWithoutResult(status -> {
                    instances.oneAtATime("consent set-up");
                    int added = purposes.setUpSchool();
                    if (added > 0) {
                        log.info("School {} was given {} consent records it lacked", school, added);
                    }
                }));
    }
}
