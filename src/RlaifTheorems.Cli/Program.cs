using System.CommandLine;
using System.Globalization;
using RlaifTheorems.Cli.Check;
using RlaifTheorems.Cli.Eval;
using RlaifTheorems.Cli.Figures;
using RlaifTheorems.Cli.Lab;
using RlaifTheorems.Cli.List;
using RlaifTheorems.Cli.Prove;
using RlaifTheorems.Cli.Replay;
using RlaifTheorems.Cli.Shared;
using RlaifTheorems.Core.LinearAlgebra;
using RlaifTheorems.Kernels;

namespace RlaifTheorems.Cli;

/// <summary>Entry point: builds the root command from each command's definition and runs the one asked for (exit codes in
/// <see cref="ExitCodes"/>).</summary>
public static class Program
{
    /// <summary>Parses <paramref name="args"/> and runs the chosen command.</summary>
    public static int Main(string[] args)
    {
        // Numbers print the same under every locale (0.30, not 0,30; NaN and Infinity spelled alike), so tables, messages and
        // replay commands can be parsed and pasted back; the usage messages are English like the rest of the output.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        // Stryker disable once Statement : the SIMD kernels compute the managed default's products (the kernels' tests hold them to one
        // tolerance), only faster; the benchmarks measure the difference, no output can.
        BatchedLinearAlgebra.Use(new SimdLinearAlgebra());
        var parsed = Root().Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) Console.Error.WriteLine($"rlaif-theorems: {error.Message}");
            Console.Error.WriteLine("Run with --help for usage.");
            return ExitCodes.Usage;
        }
        return parsed.Invoke();
    }

    /// <summary>The root command, with every command under it.</summary>
    public static RootCommand Root() =>
        new("rlaif-theorems: checks the latent value model of RLAIF (why RLAIF works: values as directions, constitutions as projections) with property-based tests." +
            "\n\nExample: rlaif-theorems check" + ExitCodes.Help)
        {
            new CheckCommand().Create(), new EvalCommand().Create(), new ReplayCommand().Create(), new ListCommand().Create(),
            new ProveCommand().Create(), new FiguresCommand().Create(), new LabCommand().Create(),
        };
}
