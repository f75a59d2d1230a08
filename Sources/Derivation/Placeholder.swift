public enum DerivationPlaceholder {}
