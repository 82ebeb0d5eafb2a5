package app.safepost.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains, without a stack trace, why demo sign-in would not start. */
class DemoSignInFailureAnalyzer extends AbstractFailureAnalyzer<DemoSignIn.DemoSignInRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DemoSignIn.DemoSignInRefused cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Run the demo on 127.0.0.1 (the default), or configure the school's single sign-on"
                        + " (safepost.sso.issuer-uri) to serve the portal on a network.",
                cause);
    }
}
