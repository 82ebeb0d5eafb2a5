package app.safepost.drafting;

import app.safepost.media.PhotoText;
import app.safepost.media.PhotoTextFindings;
import java.util.List;
import org.springframework.stereotype.Component;

/** The name checks on a photo's words for the photo API, run against the same roster index as drafts. */
@Component
class PhotoTextChecks implements PhotoTextFindings {

    private final PostChecks checks;

    PhotoTextChecks(PostChecks checks) {
        this.checks = checks;
    }

    @Override
    public List<TextFinding> find(PhotoText text) {
        return checks.findInText(text);
    }
}
