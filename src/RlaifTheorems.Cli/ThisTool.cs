using System.Reflection;

namespace RlaifTheorems.Cli;

/// <summary>The suite's identity as written into reports and counterexample files.</summary>
public static class ThisTool
{
    /// <summary>The suite version (assembly informational version without build metadata).</summary>
    public static string Version { get; } =
        (typeof(ThisTool).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
