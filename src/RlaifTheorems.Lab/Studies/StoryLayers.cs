using RlaifTheorems.Core.Theory;
using RlaifTheorems.Lab.Data;
using RlaifTheorems.Lab.Geometry;
using RlaifTheorems.Lab.LanguageModels;
using RlaifTheorems.Lab.Statistics;

namespace RlaifTheorems.Lab.Studies;

/// <summary>THEORY R5 by layer: R1's cross-validated ceiling of V read from the residual stream, for the stories and for the rated
/// words, and each score's least-squares readout with its metric cosine, alignment and reachable bounds (T2.5, T3.2).</summary>
public static class StoryLayers
{
    /// <summary>Row-major stories × D of layer <paramref name="layer"/>'s story representations.</summary>
    public static double[] Features(Story[] stories, int layer, int dim)
    {
        var rows = new double[stories.Length * dim];
        for (int i = 0; i < stories.Length; i++) stories[i].Layers[layer].CopyTo(rows, i * dim);
        return rows;
    }

    /// <summary>Every layer's ceilings (stories, rated words) and every score's readout there.</summary>
    public static List<LayerResult> Run(LanguageModel model, Story[] stories, double[] values, double[] generation, double[][] scores, string[] names,
        ValueLexicon lexicon, StoryStudyOptions options, ILabProgress progress)
    {
        var c = model.Config;
        int seed = (int)(options.Seed % int.MaxValue);
        var words = lexicon.Words();
        var (spelled, wordLayers) = StorySampler.WordRepresentations(model, words.Items);
        var wordValue = words.Items.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => words.Values[p.i]);
        var wordValues = spelled.Select(w => wordValue[w]).ToArray();
        progress.Note($"{spelled.Length} of {words.Count} {lexicon.Name} words are spelled in at most 4 tokens");
        var sink = progress.Start("ceiling and readouts by layer", c.Layers + 1);
        var layers = new List<LayerResult>();
        string label = Path.GetFileNameWithoutExtension(model.ModelPath);
        for (int l = 0; l <= c.Layers; l++)
        {
            var features = Features(stories, l, c.Dim);
            var storyItems = new ItemSet(stories.Select(s => $"story {s.Index}").ToArray(), features, values, c.Dim, $"{label} layer {l} stories");
            var storyCeiling = CeilingStudy.Run(storyItems, $"{label} layer {l}", $"{lexicon.Name} (stories)", null, seed, options.Resamples);
            CeilingResult? wordCeiling = null;
            if (spelled.Length >= 20)
            {
                var wordItems = new ItemSet(spelled, wordLayers[l], wordValues, c.Dim, $"{label} layer {l} words");
                wordCeiling = CeilingStudy.Run(wordItems, $"{label} layer {l}", $"{lexicon.Name} (words)", null, seed, options.Resamples);
            }
            var readouts = new Readouts(features, stories.Length, c.Dim);
            var uV = readouts.Readout(values);
            var uG = readouts.Readout(generation);
            var geometry = new EmpiricalGeometry(ItemPasses.Moments(storyItems).Total());
            var rows = new List<LayerReadout>();
            for (int k = 0; k < names.Length; k++)
            {
                var uC = readouts.Readout(scores[k]);
                double? sup = null, inf = null;
                if (readouts.Variance(uC) > 0 && readouts.Variance(uG) > 0)
                {
                    var reach = new ReachableAlignment(geometry.Model(uC, uG));
                    (sup, inf) = (reach.Supremum, reach.Infimum);
                }
                rows.Add(new LayerReadout(names[k], readouts.MetricCosine(uC, uV), readouts.Alignment(uC, values), sup, inf));
            }
            layers.Add(new LayerResult(l, storyCeiling, wordCeiling, rows));
            sink.Report(l + 1);
        }
        return layers;
    }
}
