package app.safepost.drafting.api;

import app.safepost.drafting.DraftContent;
import app.safepost.drafting.Drafts;
import app.safepost.drafting.PostChecks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/compliance/checks}: checks a post for an account without saving anything. */
@RestController
@RequestMapping("/api/v1/compliance")
class ComplianceCheckApi extends DraftApiProblems {

    private final PostChecks checks;
    private final DraftRequests requests;

    ComplianceCheckApi(PostChecks checks, DraftRequests requests) {
        this.checks = checks;
        this.requests = requests;
    }

    @PostMapping("/checks")
    @PreAuthorize(Drafts.IS_DRAFTER)
    DraftJson.Result check(@RequestBody DraftJson.CheckRequest request) {
        var account = requests.account(request.accountId());
        DraftContent content = requests.content(request.text(), null, null, request.pupilsInMedia(), request.photos());
        return DraftJson.Result.of(checks.check(account, content));
    }
}
