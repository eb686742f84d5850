using RlaifTheorems.Catalogue;

namespace RlaifTheorems.Cli;

/// <summary><c>list</c>: the catalogue's IDs, statuses, names and statements, as text or as a Markdown table.</summary>
public static class ListCommand
{
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
        return 0;
    }
}
