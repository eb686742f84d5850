using System.CommandLine;
using RlaifTheorems.Catalogue;

namespace RlaifTheorems.Cli.List;

/// <summary><c>list</c>: the catalogue's IDs, statuses, names and statements, as text or as a Markdown table.</summary>
public sealed class ListCommand
{
    /// <summary>A Markdown table instead of text.</summary>
    public readonly Option<bool> Markdown = new("--markdown") { Description = "Print a Markdown table." };

    /// <summary>The command.</summary>
    public Command Create()
    {
        var list = new Command("list", "List the catalogue: ID, status, name and statement." +
            "\n\nExample: rlaif-theorems list --markdown\n\nExit codes: 0.") { Markdown };
        list.SetAction(p => Run(p.GetValue(Markdown)));
        return list;
    }

    /// <summary>Prints the catalogue.</summary>
    public static int Run(bool markdown)
    {
        if (markdown)
        {
            Console.WriteLine("| ID | status | name | statement |");
            Console.WriteLine("|---|---|---|---|");
        }
        foreach (var e in TheoremCatalogue.All)
            Console.WriteLine(markdown
                ? $"| {e.Id} | {e.Kind.ToString().ToUpperInvariant()} | `{e.Name}` | {e.Statement.Replace("|", "\\|")} |"
                : $"{e.Id,-5} {e.Kind.ToString().ToUpperInvariant(),-8} {e.Name}: {e.Statement}");
        return Shared.ExitCodes.Ok;
    }
}
