using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using RlaifTheorems.Catalogue;
using RlaifTheorems.Catalogue.Running;

namespace RlaifTheorems.Properties.Cli.Check;

/// <summary>Measurements of the whole process's memory, run alone (no other test allocating meanwhile).</summary>
[CollectionDefinition("Alone", DisableParallelization = true)]
public sealed class AloneCollection;

/// <summary>Long runs: a PROBE is refuted as fast under a huge budget as under the default one, memory does not grow with the
/// number of cases, and an interrupted run stops after its chunk under way and reports what finished.</summary>
[Collection("Alone")]
public sealed class LongRunTests
{
    [Fact]
    public void ProbeIsRefutedInItsFirstChunkWhateverTheBudget()
    {
        var entry = TheoremCatalogue.Find("P1.1")!;
        foreach (int budget in new[] { 1_000, 100_000, 10_000_000 })
        {
            var result = entry.Run(new RunSettings(budget, 5));
            Assert.Equal(Verdict.Refuted, result.Verdict);
            Assert.True(result.Cases <= CatalogueEntry.ChunkSize, $"budget {budget}: refuted after {result.Cases} cases");
        }
    }

    [Fact]
    public void RetainedMemoryDoesNotGrowWithTheCases()
    {
        var entry = TheoremCatalogue.Find("L2")!;
        long Retained(int cases)
        {
            long before = GC.GetTotalMemory(forceFullCollection: true);
            var result = entry.Run(new RunSettings(cases, 9));
            long after = GC.GetTotalMemory(forceFullCollection: true);
            Assert.Equal(Verdict.Holds, result.Verdict);
            GC.KeepAlive(result);
            return after - before;
        }
        long small = Retained(2_000), large = Retained(60_000);
        // 30 bytes a case would be 1.7 MB more for the larger run; the chunks' results are a few hundred bytes each.
        Assert.True(large - small < 256 * 1024, $"retained {small} bytes after 2,000 cases, {large} after 60,000");
    }

    [Fact]
    public void CancelledRunFinishesItsChunkAndIsMarkedInterrupted()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var result = TheoremCatalogue.Find("T1.2")!.Run(new RunSettings(50_000, 4), cancel: cancel.Token);
        Assert.True(result.Interrupted);
        Assert.Equal(CatalogueEntry.ChunkSize, result.Cases);
        Assert.Equal(Verdict.Holds, result.Verdict);
        Assert.Contains("interrupted after 1000 of 50000 cases", result.Message);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);

    /// <summary>Whether this process ignores SIGINT (bit 2 of SigIgn in /proc/self/status), as a command started in the background
    /// by a non-interactive shell (<c>nohup … &amp;</c>) does: a child inherits that, so no Ctrl+C can reach it.</summary>
    private static bool InterruptIgnored()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:"));
        return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & 0x2) != 0;
    }

    /// <summary>Ctrl+C after the first progress line writes the finished chunks, marked interrupted, and exits 130.</summary>
    [SkippableFact]
    public async Task CtrlCWritesTheFinishedResultsAndExits130()
    {
        if (!OperatingSystem.IsLinux()) return;
        Skip.If(InterruptIgnored(), "SIGINT is ignored in this test run (started in the background by a non-interactive shell), so the " +
            "child process could not receive Ctrl+C; run the tests in the foreground to check it");
        string json = TempFiles.Path("interrupted");
        string cli = Path.Combine(AppContext.BaseDirectory, "rlaif-theorems.dll");
        var start = new ProcessStartInfo("dotnet", [cli, "check", "T1", "--max-test", "300000", "--no-formal", "--seed", "3", "--json", json])
            { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var progress = new TaskCompletionSource();
        var error = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) => { if (e.Data is null) return; lock (error) error.AppendLine(e.Data); if (e.Data.Contains("…") && e.Data.Contains(" cases")) progress.TrySetResult(); };
        process.BeginErrorReadLine();
        _ = process.StandardOutput.ReadToEndAsync();
        var first60 = await Task.WhenAny(progress.Task, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(first60 == progress.Task, "no progress line within 60 s: " + error);
        Assert.Equal(0, kill(process.Id, 2));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(130, process.ExitCode);
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        Assert.True(report.RootElement.GetProperty("interrupted").GetBoolean());
        var entry = report.RootElement.GetProperty("entries")[0];
        Assert.True(entry.GetProperty("interrupted").GetBoolean());
        Assert.True(entry.GetProperty("cases").GetInt32() >= 30_000);
    }
}
