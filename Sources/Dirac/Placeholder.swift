public enum DiracPlaceholder {}
