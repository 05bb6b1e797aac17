using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Alignment.Server.Hosting;

/// <summary>
/// Reads a whole-number query parameter within the range the command line allows for the same option. A value out
/// of range is refused, not clamped: a plug-in that asks for <c>max=0</c> or page 10¹² has a bug its author should
/// see, as the command line shows it (exit 2) for the same values.
/// </summary>
internal static class WholeNumber
{
    /// <summary>
    /// The parameter's value, <paramref name="fallback"/> when it is absent, or a 400 answer naming the parameter and
    /// its range when it is not a whole number from <paramref name="low"/> to <paramref name="high"/>.
    /// </summary>
    public static bool TryRead(string name, string? raw, int fallback, int low, int high, out int value, out IResult refusal)
    {
        refusal = Results.Empty;
        value = fallback;
        if (string.IsNullOrEmpty(raw))
        {
            return true;
        }

        if (long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= low && number <= high)
        {
            value = (int)number;
            return true;
        }

        refusal = ReviewEndpoints.Error(StatusCodes.Status400BadRequest, $"'{name}' must be a whole number from {low} to {high}; got '{raw}'.");
        return false;
    }
}
