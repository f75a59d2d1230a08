/// The character classes the seed reader uses, as Foundation's `CharacterSet` defines them, from the
/// standard library's Unicode properties (so the reader needs no Foundation).
enum SeedCharacters {
    /// `CharacterSet.whitespaces`: tab and the space separators (Unicode category Zs).
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        s == "\t" || s.properties.generalCategory == .spaceSeparator
    }

    /// `CharacterSet.alphanumerics`: the letters, marks and numbers (Unicode categories L*, M*, N*).
    static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// `text` without the leading and trailing scalars that satisfy `drop`.
    static func trimming(_ text: some StringProtocol, where drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }),
              let last = scalars.lastIndex(where: { !drop($0) }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
