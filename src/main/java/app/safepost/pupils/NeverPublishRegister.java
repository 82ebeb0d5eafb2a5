package app.safepost.pupils;

import app.safepost.pupils.domain.NeverPublishFlag;
import app.safepost.pupils.domain.NeverPublishFlagRepository;
import app.safepost.pupils.domain.PupilRepository;
import app.safepost.school.ClassId;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Safeguarding: only the Designated Safeguarding Lead sets or clears "never publish" on a pupil, always
 * with a reason, which only the DSL and the head teacher ever read. Everyone who sees the pupil sees
 * that they may not appear in any post; the checks block them on every account with no override.
 */
@Service
public class NeverPublishRegister {

    public static final int MAX_REASON = 500;
    static final String DSL_OR_HEAD = "hasAnyRole('" + Roles.DSL + "','" + Roles.HEAD_TEACHER + "')";

    private final NeverPublishFlagRepository flags;
    private final PupilRepository pupils;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NeverPublishRegister(
            NeverPublishFlagRepository flags, PupilRepository pupils, ApplicationEventPublisher events, Clock clock) {
        this.flags = flags;
        this.pupils = pupils;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sets or clears the flag. Setting it publishes {@link NeverPublishSet}, so every draft and post
     * that shows or names the pupil is listed under "Needs action". The same state again changes nothing.
     *
     * @return whether the flag changed
     * @throws IllegalArgumentException without a reason, or with one over {@link #MAX_REASON} characters
     */
    @PreAuthorize(Roles.IS_DSL)
    @Transactional
    public boolean change(PupilId id, boolean neverPublish, String reason) {
        var why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new IllegalArgumentException("Give the reason; only the DSL and the head teacher will read it.");
        }
        if (why.length() > MAX_REASON) {
            throw new IllegalArgumentException("Keep the reason to " + MAX_REASON + " characters.");
        }
        var pupil = pupils.findById(id.value()).orElseThrow(() -> new PupilRoster.PupilNotFound(id));
        var flag = flags.findByPupilId(pupil.getId()).orElseGet(() -> new NeverPublishFlag(pupil.getId()));
        boolean before = flag.getReason() != null && flag.isNeverPublish();
        if (before == neverPublish) {
            return false;
        }
        var now = clock.instant();
        flag.change(neverPublish, why, SignedInStaff.currentAuthor().username(), now);
        flags.saveAndFlush(flag);
        events.publishEvent(new RosterChanged(now));
        if (neverPublish) {
            events.publishEvent(new NeverPublishSet(
                    id,
                    pupil.getUpn(),
                    pupil.getFirstName(),
                    pupil.getPreferredName(),
                    new ClassId(pupil.getClassId()),
                    now));
        }
        return true;
    }

    /** Why the pupil may never be published: for the DSL and the head teacher only. */
    @PreAuthorize(DSL_OR_HEAD)
    @Transactional(readOnly = true)
    public Optional<String> reason(PupilId id) {
        return flags.findByPupilId(id.value())
                .filter(NeverPublishFlag::isNeverPublish)
                .map(NeverPublishFlag::getReason);
    }
}
