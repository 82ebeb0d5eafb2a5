package app.safepost.school;

import app.safepost.common.PdfPages;
import app.safepost.school.domain.School;
import app.safepost.school.domain.SchoolChoices;
import app.safepost.school.domain.SchoolLogos;
import app.safepost.school.domain.SchoolRepository;
import app.safepost.security.PortalSchool;
import app.safepost.security.PortalSchools;
import app.safepost.security.Roles;
import app.safepost.security.SchoolChosen;
import app.safepost.security.SchoolId;
import app.safepost.security.SchoolInHand;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schools of the portal: each one's id, URN and name, the school in hand and each school's logo.
 * One school for a single school's portal; every school of the trust for a trust's.
 */
@Service
public class Schools implements PortalSchools {

    private final SchoolRepository schools;
    private final SchoolLogos logos;
    private final SchoolChoices choices;
    private final Clock clock;

    Schools(SchoolRepository schools, SchoolLogos logos, SchoolChoices choices, Clock clock) {
        this.schools = schools;
        this.logos = logos;
        this.choices = choices;
        this.clock = clock;
    }

    /**
     * Every school of the portal, by name. No method security: sign-in reads it before the person is
     * in the security context, and a school's name and URN are public (the government's register).
     */
    @Override
    @Transactional(readOnly = true)
    public List<PortalSchool> all() {
        return schools.findAllByOrderByNameAscUrnAsc().stream()
                .map(s -> new PortalSchool(new SchoolId(s.getId()), s.getUrn(), s.getName()))
                .toList();
    }

    /** One page of {@link #all}, read as a page: for the trust's roles, who look at every school. */
    @PreAuthorize(Roles.IS_TRUST)
    @Transactional(readOnly = true)
    public Page<PortalSchool> all(Pageable page) {
        return schools.findAllByOrderByNameAscUrnAscIdAsc(page)
                .map(s -> new PortalSchool(new SchoolId(s.getId()), s.getUrn(), s.getName()));
    }

    /** How many schools the portal serves. */
    @PreAuthorize(Roles.IS_TRUST)
    @Transactional(readOnly = true)
    public long count() {
        return schools.count();
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<PortalSchool> byId(SchoolId id) {
        return schools.findById(id.value()).map(Schools::listed);
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<PortalSchool> byUrn(String urn) {
        return schools.findByUrn(urn.strip()).map(Schools::listed);
    }

    /** The school in hand, if any. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<PortalSchool> inHand() {
        return SchoolInHand.current()
                .flatMap(id -> schools.findById(id.value()))
                .map(Schools::listed);
    }

    /**
     * The school the current work is for: the school in hand, or, for work in no school, the portal's
     * only school.
     *
     * @throws SchoolInHand.NoSchoolInHand when there is no school in hand and the portal has several
     */
    @Transactional(readOnly = true)
    public PortalSchool ofWork() {
        return listed(current());
    }

    /** The school's logo, if it has one: for the header, and for PDFs and e-mails. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<SchoolLogo> logo(SchoolId id) {
        return logos.read(id.value()).map(l -> new SchoolLogo(l.mediaType(), l.bytes(), l.sha256()));
    }

    /** The name and logo of the school the current work is for, to head its PDFs. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public PdfPages.Letterhead letterhead() {
        var school = ofWork();
        return new PdfPages.Letterhead(
                school.name(),
                logos.read(school.id().value()).map(l -> l.bytes()).orElse(null));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SchoolId> lastChosenBy(String username) {
        return choices.lastChosenBy(username).map(SchoolId::new);
    }

    @EventListener
    @Transactional
    void on(SchoolChosen event) {
        choices.chosen(event.username(), event.school().value(), clock.instant());
    }

    /**
     * The school in hand's record, or, for work in no school, the portal's only school (a single
     * school's portal, as before it could serve a trust).
     */
    School current() {
        var inHand = SchoolInHand.current();
        if (inHand.isPresent()) {
            return schools.findById(inHand.get().value())
                    .orElseThrow(() -> new IllegalStateException("No school " + inHand.get()));
        }
        var all = schools.findAll();
        if (all.size() != 1) {
            throw new SchoolInHand.NoSchoolInHand();
        }
        return all.getFirst();
    }

    private static PortalSchool listed(School school) {
        return new PortalSchool(new SchoolId(school.getId()), school.getUrn(), school.getName());
    }
}
