namespace RlaifTheorems.Core.Numerics;

/// <summary>
/// Invalid input to a public function of the core: the argument, what is wrong with it (<see cref="Problem"/>)
/// and a one-line message a person can act on, "argument: what is wrong".
/// </summary>
public sealed class ModelInputException : ArgumentException
{
    /// <summary>The kind of problem.</summary>
    public InputProblem Problem { get; }

    /// <summary>What is wrong, without the argument's name.</summary>
    public string Detail { get; }

    /// <summary>Creates the error for <paramref name="argument"/>.</summary>
    public ModelInputException(InputProblem problem, string argument, string detail)
        : base(detail, argument)
    {
        Problem = problem;
        Detail = detail;
    }

    /// <inheritdoc/>
    public override string Message => $"{ParamName}: {Detail}";
}
