package app.safepost.pupils.api;

import static app.safepost.common.ProblemAnswers.problem;

import app.safepost.common.SchoolTime;
import app.safepost.pupils.ConsentPurposes;
import app.safepost.pupils.ConsentRegister;
import app.safepost.pupils.NeverPublishRegister;
import app.safepost.pupils.PupilRecord;
import app.safepost.pupils.PupilRoster;
import app.safepost.security.Roles;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/pupils/{upn}/consents}: a pupil's consent per purpose (office, SLT), and
 * {@code PUT /api/v1/pupils/{upn}/never-publish}: the Designated Safeguarding Lead sets or clears the
 * flag. The flag's reason is taken here and never given back by any endpoint.
 */
@RestController
@RequestMapping("/api/v1/pupils/{upn}")
class PupilConsentApi {

    private final PupilRoster roster;
    private final ConsentRegister register;
    private final ConsentPurposes purposes;
    private final NeverPublishRegister neverPublish;
    private final Clock clock;

    PupilConsentApi(
            PupilRoster roster,
            ConsentRegister register,
            ConsentPurposes purposes,
            NeverPublishRegister neverPublish,
            Clock clock) {
        this.roster = roster;
        this.register = register;
        this.purposes = purposes;
        this.neverPublish = neverPublish;
        this.clock = clock;
    }

    /** One purpose: {@code consent} is yes, no, not-asked or expired; the rest are null when not asked. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PurposeJson(
            String consent,
            @Nullable LocalDate recordedOn,
            @Nullable LocalDate expiresOn,
            @Nullable String source) {}

    record ConsentsJson(Map<String, PurposeJson> purposes, boolean neverPublish) {}

    @GetMapping(value = "/consents", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('" + Roles.OFFICE + "','" + Roles.SLT + "')")
    ConsentsJson consents(@PathVariable String upn) {
        var pupil = pupil(upn);
        var consents = register.consentsOf(pupil.id());
        var today = LocalDate.now(clock.withZone(SchoolTime.ZONE));
        var byPurpose = new LinkedHashMap<String, PurposeJson>();
        for (var purpose : purposes.all()) {
            var now = consents.of(purpose.code());
            if (now == null && purpose.retired()) {
                continue;
            }
            byPurpose.put(
                    purpose.code(),
                    now == null
                            ? new PurposeJson("not-asked", null, null, null)
                            : new PurposeJson(
                                    now.stateOn(today).apiName(),
                                    now.recordedOn(),
                                    now.expiresOn(),
                                    now.source().apiName()));
        }
        return new ConsentsJson(byPurpose, consents.neverPublish());
    }

    record NeverPublishRequest(
            @Nullable Boolean neverPublish, @Nullable String reason) {}

    record NeverPublishJson(String upn, boolean neverPublish) {}

    /** Sets or clears the flag with a reason; 200 whether or not it changed. */
    @PutMapping(
            value = "/never-publish",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Roles.IS_DSL)
    NeverPublishJson neverPublish(@PathVariable String upn, @RequestBody NeverPublishRequest request) {
        if (request.neverPublish() == null) {
            throw new BadRequest("neverPublish", "Say true to flag the pupil, false to clear the flag.");
        }
        var pupil = pupil(upn);
        try {
            neverPublish.change(pupil.id(), request.neverPublish(), request.reason());
        } catch (IllegalArgumentException refused) {
            throw new BadRequest("reason", refused.getMessage());
        }
        return new NeverPublishJson(pupil.upn(), request.neverPublish());
    }

    private PupilRecord pupil(String upn) {
        return roster.recordByUpn(upn).orElseThrow(() -> new UnknownPupil(upn));
    }

    static final class UnknownPupil extends RuntimeException {
        UnknownPupil(String upn) {
            super("There is no pupil with UPN " + (upn.length() > 20 ? upn.substring(0, 20) + "…" : upn) + ".");
        }
    }

    static final class BadRequest extends RuntimeException {
        private final String field;

        BadRequest(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    @ExceptionHandler(UnknownPupil.class)
    ResponseEntity<ProblemDetail> unknown(UnknownPupil e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-pupil", "No such pupil", e.getMessage());
    }

    @ExceptionHandler(BadRequest.class)
    ResponseEntity<ProblemDetail> bad(BadRequest e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "validation",
                "Invalid request",
                "Some fields are not valid; see errors.",
                List.of(Map.of("field", e.field, "message", e.getMessage())));
    }
}
