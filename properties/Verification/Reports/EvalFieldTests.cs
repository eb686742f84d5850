using RlaifTheorems.Core.Model;
using RlaifTheorems.Core.Theory;
using RlaifTheorems.Verification.Reports;
using static RlaifTheorems.Properties.Core.Build;

namespace RlaifTheorems.Properties.Verification.Reports;

/// <summary>
/// Every field eval prints, read against its true value on a model worked by hand: E = I₂, v = (0.6, 0.8), m = e₁, g = e₂,
/// c = span(e₁). Then a = e₂, b = d_c = e₁, A(g + λd_c) = (0.6λ + 0.8)/√(λ² + 1): A(g) = 0.8, A(d_c) = 0.6, s = 0.6, the
/// maximum 1 at λ = 0.75 (the direction of v), the return Λ* = 24/7 (the non-improvement witness is 2Λ* + ‖a‖/‖b‖ = 55/7) and θ = π/2. The reachable set from m is the open
/// half-plane x₁ &gt; 0: its supremum ρ = 1 is attained by span(v) with d_c = 0.6v, its infimum −0.8 at the boundary (0, −1)
/// is not. A field the JSON gains without a known value here fails the test.
/// </summary>
public sealed class EvalFieldTests
{
    private static readonly double Acos08 = Math.Acos(0.8), Acos06 = Math.Acos(0.6);

    private static readonly Dictionary<string, object> Known = new()
    {
        ["worldDimension"] = 2.0, ["representationDimension"] = 2.0, ["encoderCondition"] = 1.0, ["encoderIsometric"] = true,
        ["constitutionRank"] = 1.0, ["rho"] = 1.0, ["alignmentOfGeneration"] = 0.8, ["activatedDirection/0"] = 1.0,
        ["activatedDirection/1"] = 0.0, ["alignmentOfActivated"] = 0.6, ["gap"] = -0.2, ["initialSlope"] = 0.6,
        ["agreementOfGeneration"] = 1 - Acos08 / Math.PI, ["agreementOfActivated"] = 1 - Acos06 / Math.PI,
        ["expectedValueOfGeneration"] = 0.8, ["expectedValueSlope"] = 0.6,
        ["path/crossingStrength"] = 24.0 / 7, ["path/minimum/alignment"] = 0.6, ["path/minimum/atLimit"] = true,
        ["path/maximum/alignment"] = 1.0, ["path/maximum/strength"] = 0.75, ["path/maximum/atLimit"] = false,
        ["path/improvesMonotonically"] = false, ["path/nonImprovementWitness"] = 2 * 24.0 / 7 + 1, ["path/condition"] = Math.Sqrt(2),
        ["reachable/whitenedCosine"] = 0.6, ["reachable/supremum"] = 1.0, ["reachable/supremumAttained"] = true,
        ["reachable/best/basis/0/0"] = 0.6, ["reachable/best/basis/0/1"] = 0.8, ["reachable/best/activatedDirection/0"] = 0.36,
        ["reachable/best/activatedDirection/1"] = 0.48, ["reachable/best/alignment"] = 1.0, ["reachable/infimum"] = -0.8,
        ["reachable/infimumAttained"] = false, ["reachable/adversarialExists"] = true,
    };

    [Fact]
    public void EveryPrintedFieldHasItsHandWorkedValue() =>
        HasTheHandWorkedValues(JsonFormat.Serialize(ModelEvaluation.Of(HandWorked, Constitution.Span(Vec(1, 0)))));

    /// <summary>The hand-worked model as eval reads it from a file.</summary>
    internal const string HandWorkedFile = "{\"E\": [[1, 0], [0, 1]], \"v\": [0.6, 0.8], \"m\": [1, 0], \"g\": [0, 1], \"constitution\": [[1, 0]]}";

    private static readonly LatentValueModel HandWorked = ModelOf(Identity(2), Row(0.6, 0.8), Row(1, 0), Row(0, 1));

    /// <summary>Reads every field of eval's <paramref name="json"/> for the hand-worked model against its true value.</summary>
    internal static void HasTheHandWorkedValues(string json)
    {
        var model = HandWorked;
        var fields = JsonFields.Of(json);

        // The worst and adversarial witnesses are constructions, not unique values: each is read against what it claims, and
        // the worst comes within 10⁻⁶ of the infimum −0.8 that no constitution attains.
        double worst = fields["reachable/worst/alignment"].GetDouble();
        Assert.InRange(worst, -0.8, -0.8 + 1e-6);
        foreach (var name in new[] { "reachable/worst", "reachable/adversarialWitness" })
        {
            var basis = Vec(fields[$"{name}/basis/0/0"].GetDouble(), fields[$"{name}/basis/0/1"].GetDouble());
            var activated = Constitution.Span(basis).Project(model.Latent);
            Assert.Equal(activated[0], fields[$"{name}/activatedDirection/0"].GetDouble(), 12);
            Assert.Equal(activated[1], fields[$"{name}/activatedDirection/1"].GetDouble(), 12);
            Assert.Equal(model.Alignment(activated), fields[$"{name}/alignment"].GetDouble(), 9);
            Assert.True(fields[$"{name}/alignment"].GetDouble() < 0, $"{name} is adversarial");
            foreach (var f in fields.Keys.Where(k => k.StartsWith(name + "/")).ToList()) fields.Remove(f);
        }

        Assert.Equal(Known.Keys.Order(), fields.Keys.Order());
        foreach (var (path, value) in Known)
        {
            var field = fields[path];
            if (value is bool b) Assert.True(field.GetBoolean() == b, $"{path}: {field} against {b}");
            else Assert.True(Math.Abs(field.GetDouble() - (double)value) <= 1e-12, $"{path}: {field} against {value}");
        }
    }
}
