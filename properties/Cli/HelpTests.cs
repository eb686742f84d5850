using System.CommandLine;
using RlaifTheorems.Cli.Check;
using RlaifTheorems.Cli.Eval;
using RlaifTheorems.Cli.Figures;
using RlaifTheorems.Cli.Lab;
using RlaifTheorems.Cli.List;
using RlaifTheorems.Cli.Prove;
using RlaifTheorems.Cli.Replay;

namespace RlaifTheorems.Properties.Cli;

/// <summary>
/// As the README says, <c>--help</c> on each command shows an example and the exit codes, and every argument and option is
/// described; <c>rlaif-theorems CMD --help</c> prints that description and exits 0.
/// </summary>
[Collection("Alone")]
public sealed class HelpTests
{
    private static IEnumerable<Command> Commands() =>
        new[] { new CheckCommand().Create(), new EvalCommand().Create(), new ReplayCommand().Create(), new ListCommand().Create(),
                new ProveCommand().Create(), new FiguresCommand().Create(), new LabCommand().Create() }
            .SelectMany(Tree);

    private static IEnumerable<Command> Tree(Command command) => new[] { command }.Concat(command.Subcommands.SelectMany(Tree));

    [Fact]
    public void EveryCommandShowsAnExampleAndItsExitCodesAndDescribesEachInput()
    {
        var commands = Commands().ToList();
        Assert.Equal(["check", "merge", "eval", "replay", "list", "prove", "figures", "lab", "moments", "merge", "generate", "lm"], commands.Select(c => c.Name));
        foreach (var command in commands)
        {
            Assert.Contains("Example", command.Description);
            Assert.Contains("Exit codes: 0", command.Description);
            foreach (var option in command.Options)
                Assert.False(string.IsNullOrWhiteSpace(option.Description), $"{command.Name} {option.Name} has no description");
            foreach (var argument in command.Arguments)
                Assert.False(string.IsNullOrWhiteSpace(argument.Description), $"{command.Name} <{argument.Name}> has no description");
        }
    }

    /// <summary>The root's help shows a command to start from, and check's help shows one example of each of its modes: a
    /// selection with a seed, the deep profile, the soak, and shards with their merge.</summary>
    [Fact]
    public void TheRootAndEachModeOfCheckShowAnExample()
    {
        var root = RlaifTheorems.Cli.Program.Root();
        Assert.Contains("\n\nExample: rlaif-theorems check", root.Description);
        string check = root.Subcommands.Single(c => c.Name == "check").Description!;
        foreach (string mode in new[] { "--seed", "--deep", "--soak", "--shard", "check merge" })
            Assert.Matches($@"\n\s+rlaif-theorems check [^\n]*{System.Text.RegularExpressions.Regex.Escape(mode)}", check);
    }

    /// <summary>Each command's description opens with a sentence saying what it does, and every example in it (each
    /// <c>rlaif-theorems …</c> up to a comment in parentheses or the next command) is a command line that parses.</summary>
    [Fact]
    public void EachDescriptionOpensWithASentenceAndEveryExampleParses()
    {
        var root = RlaifTheorems.Cli.Program.Root();
        var examples = new List<string>();
        foreach (var command in Tree(root))
        {
            string first = command.Description!.Split('\n')[0];
            Assert.Matches(@"^\S.*[.?]$", first);
            examples.AddRange(System.Text.RegularExpressions.Regex.Matches(command.Description, @"rlaif-theorems ((?:(?!   \(|; rlaif-theorems |\n).)+)")
                .Select(m => m.Groups[1].Value.Trim()));
        }
        Assert.True(examples.Count >= Tree(root).Count(), $"{examples.Count} examples for {Tree(root).Count()} commands");
        foreach (string example in examples)
            Assert.True(root.Parse(example.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Errors.Count == 0, $"the example '{example}' does not parse");
    }

    [Theory]
    [InlineData("check")]
    [InlineData("eval")]
    [InlineData("replay")]
    [InlineData("prove")]
    public void HelpPrintsTheCommandsDescriptionAndExitsZero(string name)
    {
        var (code, output, _) = CliRun.Of(name, "--help");
        Assert.Equal(0, code);
        var command = Commands().First(c => c.Name == name);
        foreach (string line in command.Description!.Split('\n').Where(l => l.Trim().Length > 0 && l.Length < 100))
            Assert.Contains(line.Trim(), output);
        foreach (var option in command.Options)
            Assert.Contains(option.Name, output);
    }
}
