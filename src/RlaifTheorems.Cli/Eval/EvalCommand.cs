using System.CommandLine;
using RlaifTheorems.Core.Numerics;
using RlaifTheorems.Verification.Inputs;
using RlaifTheorems.Verification.Reports;

namespace RlaifTheorems.Cli.Eval;

/// <summary><c>eval MODEL.json</c>: prints every quantity of the theory for a researcher's own vectors, as JSON.</summary>
public sealed class EvalCommand
{
    /// <summary>The model file.</summary>
    public readonly Argument<string> Model = new("model") { Description = "A JSON file with E (rows), v, m, g and constitution (spanning vectors); - reads standard input." };

    /// <summary>The command.</summary>
    public Command Create()
    {
        var eval = new Command("eval", "Print every quantity of the theory for a model given as JSON." +
            "\n\nExample: rlaif-theorems eval model.json   (model.json: {\"E\": [[1, 0], [0, 1]], \"v\": [-1, -1], \"m\": [1, 0], \"g\": [1, 0], \"constitution\": [[-1, 1]]})" +
            "\n\nExit codes: 0 evaluated, 2 bad usage or a malformed model (one line names the problem).") { Model };
        eval.SetAction(p => Run(p.GetValue(Model)!));
        return eval;
    }

    /// <summary>Evaluates the model file; on invalid input prints one line naming the problem and returns 2.</summary>
    public static int Run(string path)
    {
        if (!ModelFile.TryLoad(path, out var loaded, out var file, out var problem))
        {
            Console.Error.WriteLine($"eval: {path}: {problem.Message}");
            return Shared.ExitCodes.Usage;
        }
        var (model, constitution, vectors) = loaded.Value;
        if (!ModelEvaluation.TryOf(model, constitution, vectors, out var rounded, out var overflow))
        {
            Console.Error.WriteLine($"eval: {path}: {overflow.ParamName} {overflow.Detail}");
            return Shared.ExitCodes.Usage;
        }
        var evaluation = ExactPathSigns.Apply(rounded, file);
        if (evaluation.Overflowing() is { } name)
        {
            Console.Error.WriteLine($"eval: {path}: {name} {ModelEvaluation.OutOfRange(name).Detail}");
            return Shared.ExitCodes.Usage;
        }
        Console.WriteLine(JsonFormat.Serialize(evaluation));
        return Shared.ExitCodes.Ok;
    }
}
