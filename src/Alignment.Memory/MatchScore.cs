using System.Globalization;

namespace Alignment.Memory;

/// <summary>
/// A CAT-style match percentage from 0 to 101: 100 only for identical text, 101 for an identical text whose
/// neighbouring segments also match (a context match).
/// </summary>
public readonly record struct MatchScore : IComparable<MatchScore>
{
    /// <summary>The highest score: an exact match in the same context.</summary>
    public const int ContextValue = 101;

    /// <summary>The score of identical text.</summary>
    public const int ExactValue = 100;

    /// <summary>Creates a score.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 0–101.</exception>
    public MatchScore(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, ContextValue);
        Value = value;
    }

    /// <summary>The percentage, 0–101.</summary>
    public int Value { get; }

    /// <summary>The band the score falls in.</summary>
    public MatchBand Band => Value switch
    {
        ContextValue => MatchBand.Context,
        ExactValue => MatchBand.Exact,
        >= 95 => MatchBand.Fuzzy95To99,
        >= 85 => MatchBand.Fuzzy85To94,
        >= 75 => MatchBand.Fuzzy75To84,
        >= 50 => MatchBand.Fuzzy50To74,
        _ => MatchBand.NoMatch,
    };

    /// <summary>True for 100 and 101.</summary>
    public bool IsExact => Value >= ExactValue;

    /// <summary>Compares two scores.</summary>
    public static bool operator <(MatchScore left, MatchScore right) => left.Value < right.Value;

    /// <summary>Compares two scores.</summary>
    public static bool operator >(MatchScore left, MatchScore right) => left.Value > right.Value;

    /// <summary>Compares two scores.</summary>
    public static bool operator <=(MatchScore left, MatchScore right) => left.Value <= right.Value;

    /// <summary>Compares two scores.</summary>
    public static bool operator >=(MatchScore left, MatchScore right) => left.Value >= right.Value;

    /// <inheritdoc/>
    public int CompareTo(MatchScore other) => Value.CompareTo(other.Value);

    /// <summary>The percentage as translators see it, e.g. <c>87%</c>.</summary>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + "%";
}
