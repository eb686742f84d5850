using System.Diagnostics;
using System.Text.RegularExpressions;

namespace RlaifTheorems.Properties.Cli;

/// <summary>The tool's output is the same under every locale: a German locale (decimal comma) neither changes how numbers
/// print nor the language of the usage errors, so tables, replay commands and messages parse the same everywhere.</summary>
public sealed class LocaleTests
{
    private static (int Code, string Output) RunUnderGermanLocale(params string[] args)
    {
        string cli = Path.Combine(AppContext.BaseDirectory, "rlaif-theorems.dll");
        var start = new ProcessStartInfo("dotnet", [cli, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["LC_ALL"] = "de_DE.UTF-8";
        start.Environment["LANG"] = "de_DE.UTF-8";
        start.Environment.Remove("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + stderr.Result);
    }

    [Fact]
    public void NumbersPrintWithADecimalPointUnderAGermanLocale()
    {
        var (code, output) = RunUnderGermanLocale("check", "T1.2", "--max-test", "20", "--no-formal", "--seed", "1");
        Assert.Equal(0, code);
        Assert.Matches(new Regex(@"\d\.\d"), output);
        Assert.DoesNotMatch(new Regex(@"\d,\d"), output);
    }

    [Fact]
    public void UsageErrorsAreInEnglishUnderAGermanLocale()
    {
        var (code, output) = RunUnderGermanLocale("eval", "--bogus");
        Assert.Equal(2, code);
        Assert.Contains("--bogus", output);
        Assert.DoesNotContain("nicht erkannt", output);
    }
}
