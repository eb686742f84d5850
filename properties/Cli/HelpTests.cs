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
