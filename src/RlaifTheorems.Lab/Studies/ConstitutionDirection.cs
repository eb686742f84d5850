using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Lab.Data;
using RlaifTheorems.Lab.Representations;

namespace RlaifTheorems.Lab.Studies;

/// <summary>The direction d_c ∈ R^d a constitution activates in a representation space (THEORY R2).</summary>
public static class ConstitutionDirection
{
    /// <summary>d_c for <paramref name="spec"/>: mean h⁺ − mean h⁻ (contrast), h(text) − <paramref name="itemMean"/> (text), or the vector.</summary>
    /// <exception cref="LabDataException">The model cannot represent one of the constitution's words or texts.</exception>
    public static Vector<double> Of(ConstitutionSpec spec, IRepresentationModel model, Vector<double> itemMean)
    {
        if (spec.Kind == ConstitutionKind.Vector) return Given(spec, model.Dimension, model.Name);
        var positive = Mean(spec.Positive, model, spec.Name);
        return spec.Kind switch
        {
            ConstitutionKind.Text => positive - itemMean,
            _ => positive - Mean(spec.Negative, model, spec.Name),
        };
    }

    /// <summary>The given vector of <paramref name="spec"/>, which must have <paramref name="dimension"/> entries.</summary>
    /// <exception cref="LabDataException">Another length, or no vector.</exception>
    public static Vector<double> Given(ConstitutionSpec spec, int dimension, string space)
    {
        if (spec.Direction is not { } direction) throw new LabDataException($"constitution '{spec.Name}' has no vector");
        if (direction.Count != dimension)
            throw new LabDataException($"constitution '{spec.Name}' has {direction.Count} entries; {space}'s representations have {dimension}");
        return Vector<double>.Build.DenseOfEnumerable(direction);
    }

    private static Vector<double> Mean(IReadOnlyList<string> texts, IRepresentationModel model, string name)
    {
        var vectors = model.Embed(texts);
        for (int i = 0; i < texts.Count; i++)
            if (vectors[i] is null) throw new LabDataException($"constitution '{name}': {model.Name} cannot represent '{texts[i]}'");
        return Vector<double>.Build.DenseOfArray(Enumerable.Range(0, model.Dimension).Select(j => vectors.Average(v => v![j])).ToArray());
    }
}
