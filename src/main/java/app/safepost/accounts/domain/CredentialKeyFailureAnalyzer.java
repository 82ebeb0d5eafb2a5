package app.safepost.accounts.domain;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains, without a stack trace, why the credentials key stopped the portal from starting. */
class CredentialKeyFailureAnalyzer extends AbstractFailureAnalyzer<CredentialKeyProblem> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CredentialKeyProblem cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
