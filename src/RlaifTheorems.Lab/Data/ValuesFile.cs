using System.Globalization;

namespace RlaifTheorems.Lab.Data;

/// <summary>A researcher's values, one per item: a <c>.npy</c> vector, or a text file with one number per line (CSV: the last
/// field of each line; a first line that is not a number at all, not even NaN, is a header).</summary>
public static class ValuesFile
{
    /// <summary>Reads the values.</summary>
    /// <exception cref="LabDataException">Missing, a directory, or a line that is not a finite number.</exception>
    /// <exception cref="NpyFormatException">A .npy file this lab cannot read.</exception>
    public static double[] Read(string path)
    {
        if (Directory.Exists(path)) throw new LabDataException($"{path} is a directory, not a values file");
        if (!File.Exists(path)) throw new LabDataException($"{path} does not exist");
        if (path.EndsWith(".npy", StringComparison.OrdinalIgnoreCase))
        {
            using var array = NpyArray.Open(path);
            return array.ReadVector();
        }
        var values = new List<double>();
        int number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Trim().Length == 0) continue;
            string field = line.Split(',')[^1].Trim();
            // A first line that is no number at all is a header; "NaN" or "Infinity" there is a value, and not a finite one.
            bool parsed = double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out double v);
            if (parsed && double.IsFinite(v)) values.Add(v);
            else if (number == 1 && !parsed) continue;
            else throw new LabDataException($"{path} line {number}: '{field}' is not a finite number");
        }
        return values.ToArray();
    }
}
