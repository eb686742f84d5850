using RlaifTheorems.Catalogue.Corpus;
using RlaifTheorems.Core.Numerics;
using RlaifTheorems.Core.Theory;

namespace RlaifTheorems.Cli;

/// <summary><c>eval MODEL.json</c>: prints every quantity of the theory for a researcher's own vectors, as JSON.</summary>
public static class EvalCommand
{
    /// <summary>Evaluates the model file; on invalid input prints one line naming the problem and returns 2.</summary>
    public static int Run(string path)
    {
        try
        {
            var (model, constitution, vectors) = ModelFile.Load(path);
            Console.WriteLine(JsonFormat.Serialize(ModelEvaluation.Of(model, constitution, vectors)));
            return 0;
        }
        catch (ModelInputException e)
        {
            Console.Error.WriteLine($"eval: {path}: {e.Message}");
            return 2;
        }
    }
}
