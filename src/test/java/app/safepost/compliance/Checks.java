package app.safepost.compliance;

import java.util.List;

/** Short ways to check a text on the demo roster. */
final class Checks {

    static final AccountRules CLASS =
            new AccountRules(AccountRules.Kind.CLASS, AccountRules.Platform.X, Guidance.none());
    static final AccountRules WHOLE_SCHOOL =
            new AccountRules(AccountRules.Kind.WHOLE_SCHOOL, AccountRules.Platform.X, Guidance.none());

    private Checks() {}

    static AccountRules account(String kind) {
        return switch (kind) {
            case "class" -> CLASS;
            case "whole-school" -> WHOLE_SCHOOL;
            default -> throw new IllegalArgumentException(kind);
        };
    }

    static ComplianceResult check(String kind, String text) {
        return DemoRoster.CHECKER.check(account(kind), PostUnderCheck.text(text));
    }

    static ComplianceResult check(AccountRules account, String text) {
        return DemoRoster.CHECKER.check(account, PostUnderCheck.text(text));
    }

    static List<String> clauses(ComplianceResult result) {
        return result.findings().stream().map(Finding::clause).distinct().toList();
    }

    /** What a finding points at, for readable failures. */
    static String spanOf(String text, Finding finding) {
        return finding.start() < 0 ? "(post)" : text.substring(finding.start(), finding.end());
    }
}
