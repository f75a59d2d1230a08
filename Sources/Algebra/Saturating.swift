/// Saturating integer arithmetic for the work estimates of budgets (`Budget` in Dirac, the
/// substitution estimate of `Polynomial`): an estimate past `Int.max` is `Int.max`, never a trap.
public enum Saturating {
    public static func product(_ a: Int, _ b: Int) -> Int {
        let (p, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? Int.max : p
    }

    public static func sum(_ a: Int, _ b: Int) -> Int {
        let (s, overflow) = a.addingReportingOverflow(b)
        return overflow ? Int.max : s
    }
}
