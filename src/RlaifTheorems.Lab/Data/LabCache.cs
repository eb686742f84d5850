namespace RlaifTheorems.Lab.Data;

/// <summary>
/// The folder where the lab keeps what it fetches and computes once: npm packages (as packed <c>.tgz</c>), the word vectors it
/// extracted, and embeddings. <c>RLAIF_LAB_CACHE</c> chooses it; the default is <c>~/.cache/rlaif-theorems</c>.
/// </summary>
public sealed class LabCache
{
    /// <summary>The folder.</summary>
    public string Root { get; }

    /// <summary>Where the cache says what it fetches or converts (a slow first run should not be silent); null: nowhere.</summary>
    public Action<string>? Say { get; init; }

    /// <summary>A cache in <paramref name="root"/>, or the default one.</summary>
    public LabCache(string? root = null)
    {
        Root = root ?? Environment.GetEnvironmentVariable("RLAIF_LAB_CACHE")
            ?? System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "rlaif-theorems");
        Directory.CreateDirectory(Root);
    }

    /// <summary>The path of <paramref name="name"/> in the sub-folder <paramref name="folder"/>, creating the folder.</summary>
    public string File(string folder, string name)
    {
        string dir = System.IO.Path.Combine(Root, folder);
        Directory.CreateDirectory(dir);
        return System.IO.Path.Combine(dir, name);
    }
}
