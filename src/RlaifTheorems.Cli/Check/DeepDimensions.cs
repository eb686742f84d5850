namespace RlaifTheorems.Cli.Check;

/// <summary><c>--dimensions</c> of the deep profile: representation dimensions d, comma-separated, each from 2 to 4096.</summary>
public static class DeepDimensions
{
    /// <summary>The largest dimension accepted: the profile's cases are d×D encoders with D up to d + d/8, held densely.</summary>
    public const int Largest = 4096;

    /// <summary>The dimensions in <paramref name="text"/>, in the order given, or null with the problem in one line.</summary>
    public static IReadOnlyList<int>? Parse(string text, out string? problem)
    {
        var dimensions = new List<int>();
        foreach (string part in text.Split(','))
        {
            if (!int.TryParse(part.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int d) || d < 2 || d > Largest)
            {
                problem = $"--dimensions takes dimensions from 2 to {Largest}, comma-separated; '{part.Trim()}' is not one";
                return null;
            }
            if (dimensions.Contains(d))
            {
                problem = $"--dimensions names {d} twice";
                return null;
            }
            dimensions.Add(d);
        }
        problem = null;
        return dimensions;
    }
}
