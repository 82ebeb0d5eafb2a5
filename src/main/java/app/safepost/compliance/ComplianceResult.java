package app.safepost.compliance;

import java.util.List;

/** The verdict on a post and every finding behind it, in the order of the text. */
public record ComplianceResult(Verdict verdict, List<Finding> findings) {

    public ComplianceResult {
        findings = List.copyOf(findings);
    }

    /** The verdict is the most severe finding: block over warn, pass when there are none. */
    public static ComplianceResult of(List<Finding> findings) {
        var verdict = Verdict.PASS;
        for (var finding : findings) {
            if (finding.severity() == Severity.BLOCK) {
                verdict = Verdict.BLOCK;
                break;
            }
            verdict = Verdict.WARN;
        }
        return new ComplianceResult(verdict, findings);
    }

    public boolean passes() {
        return verdict == Verdict.PASS;
    }
}
