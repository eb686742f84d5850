using System.Text.Json;
using RlaifTheorems.Lab.Data;
using RlaifTheorems.Lab.Geometry;

namespace RlaifTheorems.Lab.Studies;

/// <summary>
/// What a census was computed from, written so that another program can recompute it: into <c>FOLDER/ENCODER-LEXICON/</c>,
/// <c>items.npy</c> (n×d, float64, the items in order), <c>values.npy</c>, <c>names.txt</c> (one per line), <c>generation.npy</c>
/// (g) and <c>constitutions.npy</c> (one judge direction d_c per row) with <c>constitutions.json</c> (each one's name, family and
/// own words, in the same order), and <c>ratings.npy</c> (n × r: each item's first r individual human ratings, r the fewest any item
/// has, which is all that R1's noise ceiling reads) when the lexicon has them. <c>docs/lab/recompute.py</c> reads it.
/// </summary>
public static class ItemExport
{
    /// <summary>Writes the export of one encoder and lexicon.</summary>
    public static void Write(string folder, ItemSet items, MathNet.Numerics.LinearAlgebra.Vector<double> generation,
        IReadOnlyList<ConstitutionCandidate> candidates, string encoder, string lexicon, IReadOnlyList<double[]>? ratings = null)
    {
        string dir = Directory.CreateDirectory(Path.Combine(folder, $"{encoder}-{lexicon}")).FullName;
        int d = items.Dimension;
        NpyArray.Write(Path.Combine(dir, "items.npy"), items.Representations, items.Count, d);
        NpyArray.Write(Path.Combine(dir, "values.npy"), items.Values, items.Count, 1, dimensions: 1);
        File.WriteAllLines(Path.Combine(dir, "names.txt"), items.Names);
        NpyArray.Write(Path.Combine(dir, "generation.npy"), generation.ToArray(), d, 1, dimensions: 1);
        var directions = new double[(long)candidates.Count * d];
        for (int k = 0; k < candidates.Count; k++) candidates[k].Judge.ToArray().CopyTo(directions, (long)k * d);
        NpyArray.Write(Path.Combine(dir, "constitutions.npy"), directions, candidates.Count, d);
        if (ratings is { Count: > 0 })
        {
            int raters = ratings.Min(r => r.Length);
            NpyArray.Write(Path.Combine(dir, "ratings.npy"), ratings.SelectMany(r => r.Take(raters)).ToArray(), ratings.Count, raters);
        }
        File.WriteAllText(Path.Combine(dir, "constitutions.json"), JsonSerializer.Serialize(
            candidates.Select(c => new { name = c.Name, family = c.Family, ownWords = c.OwnWords }), new JsonSerializerOptions { WriteIndented = true }));
    }
}
