using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Lab.Data;
using RlaifTheorems.Lab.Geometry;
using RlaifTheorems.Lab.Representations;

namespace RlaifTheorems.Lab.Studies;

/// <summary>
/// Runs the lab's studies (THEORY R1–R4, S1 on items). Built-in data: every lexicon's words (letters, inner apostrophes and
/// hyphens) that GloVe knows when GloVe is among the encoders, so that all encoders see the same items; each encoder embeds
/// them; the default generation direction and R3's latent are the items' mean representation. A researcher's activations (one
/// file, or several: a layer sweep with the same values) run R1, R3, R4's census of random and supplied vector directions, the
/// path, and S1 with the first supplied vector, streamed from each file.
/// </summary>
public sealed class LabRun(LabOptions options, LabCache cache, ILabProgress progress)
{
    private readonly List<string> _notes = [];

    /// <summary>Runs and returns the report.</summary>
    /// <exception cref="LabDataException">Data that cannot be fetched or used, named.</exception>
    public LabReport Run() => options.Activations.Count == 0 ? RunBuiltIn() : RunActivations();

    private LabReport RunBuiltIn()
    {
        var ceilings = new List<CeilingResult>();
        var constitutions = new List<ConstitutionResult>();
        var adversarial = new List<AdversarialResult>();
        var paths = new List<PathResult>();
        var judges = new List<JudgeFitResult>();

        var lexicons = options.Lexicons.Select(LoadLexicon).ToList();
        var models = options.Encoders.Select(LoadModel).ToList();
        try
        {
            if (models.OfType<GloveModel>().FirstOrDefault() is { } glove)
                for (int l = 0; l < lexicons.Count; l++)
                {
                    int before = lexicons[l].Count;
                    lexicons[l] = lexicons[l].Where(glove.Knows);
                    Note($"{lexicons[l].Name}: {lexicons[l].Count} of {before} words are in GloVe's vocabulary; every encoder uses those");
                }
            else
                foreach (var lexicon in lexicons)
                    Note($"{lexicon.Name}: all {lexicon.Count} words (without glove-100d among the encoders the items are not restricted to GloVe's vocabulary, so results differ from a run that includes it)");
            if (options.MaxItems is int max)
                for (int l = 0; l < lexicons.Count; l++)
                    if (lexicons[l].Count > max)
                    {
                        var keep = Enumerable.Range(0, lexicons[l].Count).ToArray();
                        new Random(options.Seed).Shuffle(keep);
                        var chosen = keep.Take(max).ToHashSet();
                        int index = 0;
                        lexicons[l] = lexicons[l].Where(_ => chosen.Contains(index++));
                    }

            foreach (var model in models)
                foreach (var lexicon in lexicons)
                {
                    var items = ItemSet.Embed(model, lexicon, progress.Start($"embedding {lexicon.Name} with {model.Name}", lexicon.Count));
                    var geometry = new EmpiricalGeometry(ItemPasses.Moments(items).Total());
                    var mean = items.MeanRepresentation();
                    var ratings = lexicon.Ratings is null ? null : items.Names.Select(n => lexicon.Ratings[IndexOf(lexicon, n)]).ToArray();
                    if (Has(LabStudy.Ceiling))
                    {
                        ceilings.Add(CeilingStudy.Run(items, model.Name, lexicon.Name, ratings, options.Seed, options.Resamples,
                            progress.Start($"bootstrapping ρ̂ ({model.Name} × {lexicon.Name})", options.Resamples), options.RefitResamples,
                            progress.Start($"refitting ρ̂ on resamples ({model.Name} × {lexicon.Name})", options.RefitResamples)));
                    }
                    if (Has(LabStudy.Constitutions) || Has(LabStudy.Path))
                    {
                        var study = new ConstitutionStudy(items, mean, model.Name, lexicon.Name, options.Seed, options.Resamples);
                        var evaluated = Census(study, model, items, mean, lexicon.Name, ratings);
                        constitutions.AddRange(evaluated.Select(e => e.Result));
                        if (Has(LabStudy.Path)) paths.AddRange(ChoosePaths(study, evaluated, $"{model.Name} × {lexicon.Name}"));
                        if (Has(LabStudy.Constitutions) && lexicon == lexicons[0])
                        {
                            var kind = ConstitutionDirection.Of(ConstitutionSpec.BuiltIn[1], model, mean);
                            foreach (int n in options.JudgePairs)
                                judges.Add(JudgeStudy.Run(items, geometry, kind, ConstitutionSpec.BuiltIn[1].Name, n, options.Seed, model.Name, lexicon.Name,
                                    options.JudgeReplications, progress.Start($"fitting the judge from {n} pairs ({model.Name} × {lexicon.Name})", options.JudgeReplications)));
                        }
                    }
                    if (Has(LabStudy.Adversarial))
                        adversarial.Add(AdversarialStudy.Run(items, geometry, mean, "mean representation", model.Name, lexicon.Name, seed: options.Seed,
                            resamples: options.Resamples, refitResamples: options.RefitResamples,
                            refit: progress.Start($"refitting R3's bounds on resamples ({model.Name} × {lexicon.Name})", options.RefitResamples)));
                }
        }
        finally
        {
            foreach (var model in models) (model as IDisposable)?.Dispose();
        }
        var decided = CensusSummary.Decide(constitutions);
        return new LabReport(options.Seed, Machine(), ceilings, decided, CensusSummary.Rows(decided), adversarial, paths, judges, _notes);
    }

    private LabReport RunActivations()
    {
        if (options.Values is null) throw new LabDataException("--activations needs --values: one value per item (.npy or CSV)");
        var values = ValuesFile.Read(options.Values);
        string lexicon = Path.GetFileNameWithoutExtension(options.Values);
        var names = options.Activations.Select(Path.GetFileNameWithoutExtension).ToList();
        if (names.Distinct().Count() != names.Count)
            throw new LabDataException("two --activations files share a name; the report tells layers apart by file name");
        var ceilings = new List<CeilingResult>();
        var constitutions = new List<ConstitutionResult>();
        var adversarial = new List<AdversarialResult>();
        var paths = new List<PathResult>();
        var judges = new List<JudgeFitResult>();
        foreach (var file in options.Activations)
        {
            using var array = NpyArray.Open(file);
            using var items = new NpyItemSource(array, values, Path.GetFileName(file));
            RunActivationFile(items, Path.GetFileNameWithoutExtension(file)!, lexicon, ceilings, constitutions, adversarial, paths, judges);
        }
        var decided = CensusSummary.Decide(constitutions);
        return new LabReport(options.Seed, Machine(), ceilings, decided, CensusSummary.Rows(decided), adversarial, paths, judges, _notes);
    }

    private void RunActivationFile(NpyItemSource items, string name, string lexicon, List<CeilingResult> ceilings, List<ConstitutionResult> constitutions,
        List<AdversarialResult> adversarial, List<PathResult> paths, List<JudgeFitResult> judges)
    {
        if (items.Count < 10)
            Note($"{name}: only {items.Count} items; every estimate and interval here rests on them and is rough");
        if (items.Count <= items.Dimension)
            Note($"{name}: {items.Count} items in d = {items.Dimension}: their covariance is singular, so some readout fits the values in sample " +
                 "(the in-sample ρ is 1 or near it; the cross-validated ρ̂ is the one to read) and R3's worst constitution can use its null space");
        if (options.RefitResamples > 0 && (Has(LabStudy.Ceiling) || Has(LabStudy.Adversarial)))
            Note($"{name}: the refitting bootstraps (ρ̂'s second interval, R3's intervals) resample items held in memory and are not run " +
                 "on an activation file, which is read in chunks; ρ̂'s interval with predictions fixed and the out-of-fold witness's are");
        if (Has(LabStudy.Ceiling))
            ceilings.Add(CeilingStudy.Run(items, name, lexicon, null, options.Seed, options.Resamples,
                progress.Start($"bootstrapping ρ̂ ({name})", options.Resamples)));
        var geometry = new EmpiricalGeometry(ItemPasses.Moments(items).Total());
        var mean = ItemPasses.Mean(items);
        if (Has(LabStudy.Constitutions) || Has(LabStudy.Path))
        {
            var supplied = options.Constitutions.Select(spec => spec.Kind == ConstitutionKind.Vector
                ? new ConstitutionCandidate(spec.Name, "supplied", ConstitutionDirection.Given(spec, items.Dimension, name), [], Provenance(spec, name))
                : throw new LabDataException($"constitution '{spec.Name}': with --activations a constitution is a vector (vector:FILE), not words or texts")).ToList();
            var study = new ConstitutionStudy(items, mean, name, lexicon, options.Seed, options.Resamples);
            var candidates = supplied.Concat(RandomCandidates(items.Dimension)).ToList();
            var evaluated = study.EvaluateAll(candidates, progress.Start($"constitutions ({name})", candidates.Count));
            constitutions.AddRange(evaluated.Select(e => e.Result));
            if (Has(LabStudy.Path)) paths.AddRange(ChoosePaths(study, evaluated, name));
            if (Has(LabStudy.Constitutions))
            {
                if (supplied.Count == 0)
                    Note($"{name}: S1 (the judge fitted from pairs) needs a supplied constitution; pass --constitution vector:FILE");
                else
                    foreach (int n in options.JudgePairs)
                        judges.Add(JudgeStudy.Run(items.Item, items.Count, geometry, supplied[0].Judge, supplied[0].Name, n, options.Seed, name, lexicon,
                            options.JudgeReplications, progress.Start($"fitting the judge from {n} pairs ({name})", options.JudgeReplications)));
            }
        }
        if (Has(LabStudy.Adversarial))
            adversarial.Add(AdversarialStudy.Run(items, geometry, mean, "mean representation", name, lexicon, seed: options.Seed, resamples: options.Resamples));
    }

    private List<EvaluatedConstitution> Census(ConstitutionStudy study, IRepresentationModel model, ItemSet items, Vector<double> mean, string lexicon,
        IReadOnlyList<double[]>? ratings)
    {
        var candidates = new List<ConstitutionCandidate>();
        foreach (var spec in ConstitutionSpec.BuiltIn)
            candidates.Add(new(spec.Name, "built-in", ConstitutionDirection.Of(spec, model, mean), spec.OwnWords, Provenance(spec, model.Name)));
        var seeds = ConstitutionSpec.PositiveSeeds.SelectMany(p => ConstitutionSpec.NegativeSeeds.Select(n => (p, n))).ToArray();
        var words = seeds.SelectMany(s => new[] { s.p, s.n }).Distinct().ToArray();
        var vectors = model.Embed(words);
        var vector = words.Select((w, i) => (w, v: vectors[i])).Where(t => t.v is not null)
            .ToDictionary(t => t.w, t => Vector<double>.Build.DenseOfArray(t.v!));
        foreach (var (p, n) in seeds)
        {
            if (!vector.ContainsKey(p) || !vector.ContainsKey(n)) continue;
            candidates.Add(new($"{p}/{n}", "seed pairs", vector[p] - vector[n], [p, n], $"{model.Name}: h({p}) − h({n})"));
            candidates.Add(new($"{n}/{p}", "reversed pairs", vector[n] - vector[p], [p, n], $"{model.Name}: h({n}) − h({p})"));
        }
        foreach (var spec in options.Constitutions)
            candidates.Add(new(spec.Name, "supplied", ConstitutionDirection.Of(spec, model, mean),
                spec.Kind == ConstitutionKind.Vector ? [] : spec.OwnWords, Provenance(spec, model.Name)));
        candidates.AddRange(RandomCandidates(items.Dimension));
        if (options.ExportFolder is { } folder) ItemExport.Write(folder, items, mean, candidates, model.Name, lexicon, ratings);
        return study.EvaluateAll(candidates, progress.Start($"constitutions ({model.Name} × {lexicon})", candidates.Count));
    }

    private IEnumerable<ConstitutionCandidate> RandomCandidates(int dimension) =>
        ConstitutionStudy.RandomDirections(dimension, options.RandomConstitutions, options.Seed).Select((u, k) =>
            new ConstitutionCandidate($"random {k + 1}", "random directions", u, [], $"N(0, I_{dimension}) draw {k + 1} of seed {options.Seed}"));

    private static string Provenance(ConstitutionSpec spec, string model) => spec.Kind switch
    {
        ConstitutionKind.Vector => $"{model}: the given vector '{spec.Name}' ({spec.Direction?.Count} entries)",
        ConstitutionKind.Text => $"{model}: h(\"{spec.Positive[0]}\") − mean item representation",
        _ => $"{model}: mean h({string.Join(", ", spec.Positive.Select(Quote))}) − mean h({string.Join(", ", spec.Negative.Select(Quote))})",
    };

    private static string Quote(string text) => text.Any(char.IsWhiteSpace) ? $"\"{text}\"" : text;

    private IEnumerable<PathResult> ChoosePaths(ConstitutionStudy study, List<EvaluatedConstitution> results, string space)
    {
        // One constitution whose path is predicted to improve throughout (the built-in with the largest A(d_c)), and one predicted to
        // dip first and recover inside its grid (Δ > 0, s < 0, crossing strength Λ* ≤ 0.8 λ_max: of those, the deepest dip).
        var improving = results.Where(e => e.Result.Items.PredictedMonotone).OrderByDescending(e => e.Result.Family == "built-in")
            .ThenByDescending(e => e.Result.Items.JudgeAlignment).FirstOrDefault();
        var dipping = results.Where(e => e.Result.Items is { Gap: > 0, InitialSlope: < 0, CrossingStrength: double c } j && c <= 0.8 * j.MaxStrength)
            .OrderBy(e => e.Result.Items.PredictedMinimum - e.Result.Items.GenerationAlignment).FirstOrDefault();
        if (improving is null) Note($"{space}: no constitution is predicted to improve at every strength");
        if (dipping is null) Note($"{space}: no constitution is predicted to dip and recover inside the grid (Δ > 0, s < 0, Λ* ≤ 0.8 λ_max)");
        foreach (var (e, shape) in new[] { (improving, "improves throughout"), (dipping, "dips, then improves") })
            if (e is not null) yield return study.Path(e, shape);
    }

    private static int IndexOf(ValueLexicon lexicon, string name)
    {
        for (int i = 0; i < lexicon.Count; i++) if (lexicon.Items[i] == name) return i;
        throw new InvalidOperationException(name);
    }

    private ValueLexicon LoadLexicon(string name) => name switch
    {
        "vader" => ValueLexicon.Vader(cache).Words(),
        "afinn" => ValueLexicon.Afinn(cache).Words(),
        _ => throw new LabDataException($"unknown lexicon '{name}' (known: vader, afinn)"),
    };

    private IRepresentationModel LoadModel(string name) => name switch
    {
        "minilm" => SentenceEncoderModel.MiniLm(cache),
        "arctic-xs" => SentenceEncoderModel.ArcticXs(cache),
        "glove-100d" => GloveModel.Load(cache),
        _ => throw new LabDataException($"unknown encoder '{name}' (known: minilm, arctic-xs, glove-100d)"),
    };

    private bool Has(LabStudy study) => (options.Studies & study) != 0;

    private void Note(string message)
    {
        _notes.Add(message);
        progress.Note(message);
    }

    private static string Machine() =>
        $"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription.Trim()}, .NET {Environment.Version}";
}
